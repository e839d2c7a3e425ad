using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>Everything one move of one instance works with; it all commits together or not at all.</summary>
internal sealed class MoveContext(DbContext db, ProcessModel model, WorkflowInstance instance, DateTimeOffset now, string? actor)
{
    public DbContext Db { get; } = db;
    public ProcessModel Model { get; } = model;
    public WorkflowInstance Instance { get; } = instance;
    public DateTimeOffset Now { get; } = now;
    public string? Actor { get; } = actor;
    public OutboxWriter Outbox { get; } = new(db, now);

    /// <summary>
    /// Moved in one unit of work with other instances (<see cref="WorkflowEngine.FireTimersTogetherAsync"/>): an activity
    /// that fails fails them all, to be moved one by one, so nothing is snapshotted to undo it.
    /// </summary>
    public bool WithOthers { get; init; }

    /// <summary>Where the move's journal and outbox rows wait for its SaveChanges (outside the change tracker).</summary>
    public AppendBuffer Appended { get; } = AppendBuffer.For(db);

    public void Journal(FlowNode node, JournalAction action, string? summary = null) =>
        Journal(node.Id, node.Name, action, summary);

    public void Journal(string elementId, string? elementName, JournalAction action, string? summary = null)
    {
        if (action == JournalAction.Left && _entered is var (entered, at) && entered.ElementId == elementId && Appended.Waits(entered, at))
        {
            // A gateway, a start event or an activity that ran through: half the rows a move writes would otherwise be
            // these pairs.
            entered.Action = JournalAction.Passed;
            entered.Summary = summary;
            _entered = null;
            return;
        }
        var entry = new JournalEntry
        {
            InstanceId = Instance.Id,
            ElementId = elementId,
            ElementName = elementName,
            Action = action,
            At = Now,
            Actor = Actor,
            Summary = summary,
        };
        _entered = action == JournalAction.Entered ? (entry, Appended.Count) : null;
        Appended.Add(entry);
    }

    /// <summary>This move's last journal row if it says an element was entered, and where it waits in <see cref="Appended"/>.</summary>
    private (JournalEntry Row, int At)? _entered;
}
