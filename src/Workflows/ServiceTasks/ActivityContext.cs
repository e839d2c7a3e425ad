using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.ServiceTasks;

public sealed class ActivityContext
{
    internal ActivityContext(DbContext db, WorkflowInstance instance, string elementId, string? actor, DateTimeOffset now, OutboxWriter outbox)
    {
        Db = db;
        Instance = instance;
        ElementId = elementId;
        Actor = actor;
        Now = now;
        Outbox = outbox;
    }

    public DbContext Db { get; }
    public WorkflowInstance Instance { get; }
    public Guid InstanceId => Instance.Id;
    public string BusinessKey => Instance.BusinessKey;
    public string ElementId { get; }

    /// <summary>The person whose action led here (the one who completed the previous task), or null for timers.</summary>
    public string? Actor { get; }
    public DateTimeOffset Now { get; }
    public JsonObject Variables => Instance.Variables;
    public OutboxWriter Outbox { get; }

    public string RequireString(string name) =>
        Variables[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? Variables[name]!.GetValue<string>()
            : throw new ActivityFailedException(EngineTexts.ActivityVariableMissing.With(name));

    public bool OptionalBool(string name) =>
        Variables[name]?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    public string? OptionalString(string name) =>
        Variables[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Variables[name]!.GetValue<string>() : null;
}

/// <summary>An activity could not do its work; the message becomes the incident a person reads.</summary>
public sealed class ActivityFailedException : WorkflowException
{
    public ActivityFailedException(Text text, Exception? inner = null) : base(text, inner) { }
}
