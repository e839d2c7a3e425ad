namespace WorkflowArchive.Workflows.Runtime;

public enum JournalAction
{
    Started, Entered, Left, TaskCreated, TaskClaimed, TaskReleased, TaskCompleted, TaskCancelled,
    TimerScheduled, TimerFired, Incident, Retried, Completed, TaskReassigned,

    /// <summary>
    /// Entered and left in one move with nothing else journaled between: one row for what <see cref="Entered"/> and
    /// <see cref="Left"/> would say.
    /// </summary>
    Passed,
}

/// <summary>What happened to an instance, in order: the answer to "where is this file and how did it get there".</summary>
public sealed class JournalEntry
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public string? ElementName { get; set; }
    public JournalAction Action { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Actor { get; set; }
    public string? Summary { get; set; }
}
