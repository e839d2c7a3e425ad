namespace WorkflowArchive.Workflows.Runtime;

public enum TimerStatus { Pending, Fired, Cancelled }

/// <summary>A timer is a row: the database, not a scheduler's memory, says what is due and whether it already fired.</summary>
public sealed class WorkflowTimer : Persistence.INewRowsWaitForBatch
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public Guid TokenId { get; set; }

    /// <summary>For a boundary timer, the task it is attached to.</summary>
    public Guid? UserTaskId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public TimerStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FiredAt { get; set; }

    /// <summary>Which host fired it (<see cref="WorkerIdentity"/>).</summary>
    public string? FiredBy { get; set; }
}
