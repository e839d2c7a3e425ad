namespace WorkflowArchive.Workflows.Runtime;

public enum UserTaskStatus { Open, Claimed, Completed, Cancelled }

/// <summary>Work waiting for a person of <see cref="CandidateRole"/>; claimed by one of them, then completed with output variables.</summary>
public sealed class UserTask : Persistence.INewRowsWaitForBatch
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid InstanceId { get; set; }
    public required string DefinitionKey { get; set; }
    public required string BusinessKey { get; set; }
    public required string ElementId { get; set; }
    public required string Name { get; set; }
    public string? CandidateRole { get; set; }
    public string? Assignee { get; set; }
    public string? FormKey { get; set; }
    public UserTaskStatus Status { get; set; }
    public Guid TokenId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? OutputJson { get; set; }

    /// <summary>When staff were told the task passed its due date (once per task).</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; set; }
    public Guid Revision { get; set; } = RandomIds.Next();

    public bool IsOpen => Status is UserTaskStatus.Open or UserTaskStatus.Claimed;

    /// <summary>
    /// Not stored: this copy was read with its timers (<see cref="Persistence.TaskReads"/>), which are tracked beside it, so a
    /// move cancelling them need not ask for them again.
    /// </summary>
    internal bool TimersTracked { get; set; }
}
