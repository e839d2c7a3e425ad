using System.Text.Json.Nodes;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Bpmn.Import;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

public sealed record DefinitionSummary(Guid Id, string Key, int Version, string Status, string? Name, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? PublishedAt, string? PublishedBy, string? Comment)
{
    public static DefinitionSummary From(WorkflowDefinition d) =>
        new(d.Id, d.Key, d.Version, d.Status.ToString(), d.Name, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy, d.Comment);
}

public sealed record DiagnosticView(string Severity, string? ElementId, string Message, string Code)
{
    /// <summary>In Spanish, for the designer's pages.</summary>
    public static List<DiagnosticView> From(IEnumerable<WorkflowArchive.Workflows.BpmnDiagnostic> diagnostics) =>
        diagnostics.Select(d => new DiagnosticView(d.Severity.ToString(), d.ElementId, d.Message, d.Code)).ToList();

    /// <summary>In the API caller's language.</summary>
    public static List<DiagnosticView> From(IEnumerable<WorkflowArchive.Workflows.BpmnDiagnostic> diagnostics, ProblemTexts texts) =>
        diagnostics.Select(d => new DiagnosticView(d.Severity.ToString(), d.ElementId, texts.Say(d.Text), d.Code)).ToList();
}

public sealed record DraftSaved(DefinitionSummary Draft, bool Publishable, IReadOnlyList<DiagnosticView> Diagnostics);

public sealed record ValidationReport(string? Key, bool Publishable, IReadOnlyList<DiagnosticView> Diagnostics);

public sealed record PublishRequest(string? Comment);

public sealed record DefinitionDiffView(string Key, int From, int To, IReadOnlyList<ElementChange> Changes);

public sealed record ImportReport(DefinitionSummary Draft, bool Publishable, IReadOnlyList<DiagnosticView> Diagnostics, IReadOnlyList<ExtensionMapping> Mappings);

public sealed record StartInstanceRequest(string DefinitionKey, string BusinessKey, JsonObject? Variables);

public sealed record RetryRequest(JsonObject? Variables);

public sealed record CompleteTaskRequest(JsonObject? Variables);

public sealed record InstanceSummary(Guid Id, string DefinitionKey, int DefinitionVersion, string BusinessKey, string Status,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? IncidentElementId, string? IncidentMessage)
{
    public static InstanceSummary From(WorkflowInstance i) =>
        new(i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status.ToString(), i.StartedAt, i.EndedAt, i.IncidentElementId, i.IncidentMessage);
}

public sealed record InstanceDetail(InstanceSummary Instance, JsonObject Variables, IReadOnlyList<TokenView> Tokens,
    IReadOnlyList<TaskView> Tasks, IReadOnlyList<TimerView> Timers, IReadOnlyList<JournalView> Journal);

public sealed record InstancePathView(string DefinitionKey, int DefinitionVersion, IReadOnlyList<string> Active, IReadOnlyList<string> Visited,
    IReadOnlyList<string> TakenFlows, string? Incident);

public sealed record TokenView(Guid Id, string ElementId, string Status);

public sealed record TaskView(Guid Id, Guid InstanceId, string DefinitionKey, string BusinessKey, string ElementId, string Name,
    string? CandidateRole, string? Assignee, string? FormKey, string Status, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    bool Overdue, DateTimeOffset? CompletedAt, string? CompletedBy, string? AssigneeName = null)
{
    public static TaskView From(UserTask t, DateTimeOffset now) =>
        new(t.Id, t.InstanceId, t.DefinitionKey, t.BusinessKey, t.ElementId, t.Name, t.CandidateRole, t.Assignee, t.FormKey,
            t.Status.ToString(), t.CreatedAt, t.DueAt, t.IsOpen && t.DueAt < now, t.CompletedAt, t.CompletedBy);

    /// <summary>The same task with the assignee's name for people to read (the login stays in <see cref="Assignee"/> for programs).</summary>
    public TaskView Named(IReadOnlyDictionary<string, string> names) =>
        this with { AssigneeName = Assignee is null ? null : names.GetValueOrDefault(Assignee, Assignee) };
}

public sealed record TimerView(Guid Id, string ElementId, DateTimeOffset DueAt, string Status, DateTimeOffset? FiredAt);

public sealed record JournalView(long Id, string ElementId, string? ElementName, string Action, DateTimeOffset At, string? Actor, string? Summary);

/// <summary>
/// A page of a list. <see cref="TotalIsLowerBound"/>: the count stopped early (the dossier search counts up to a cap
/// rather than every match) and there are more than <see cref="Total"/> items; false, the total is exact.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalIsLowerBound = false);

/// <summary>Which tasks a list shows: by candidate role, assignee or instance; closed ones only when asked; sorted by one of <see cref="TaskSort.Columns"/>.</summary>
public sealed record TaskFilter(string? Role, string? Assignee, Guid? InstanceId, bool IncludeClosed, int? Page, int? PageSize,
    string? Sort = null, bool Descending = false);

/// <summary>Gives a task to a named colleague (or takes it oneself), with a comment for them.</summary>
public sealed record AssignTaskRequest(string? UserName, string? Comment);

public sealed record AddTaskCommentRequest(string? Text);

/// <summary>A comment on a task: who wrote it (login and name), what, and when.</summary>
public sealed record TaskCommentView(Guid Id, Guid TaskId, string Author, string AuthorName, string Text, DateTimeOffset At);

/// <summary>Someone a task may be given to: they hold its role (and, for an advisor's task, the dossier is theirs).</summary>
public sealed record ColleagueView(string UserName, string DisplayName);
