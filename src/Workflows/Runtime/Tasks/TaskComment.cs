namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// A note left on a user task for whoever works on it next ("falta la firma del garante, llamé al cliente"). Kept with
/// the task, never edited: the engine writes it in the same transaction as the move it comes with (an assignment).
/// </summary>
public sealed class TaskComment
{
    public const int MaxLength = 2000;

    public Guid Id { get; set; } = RandomIds.Next();
    public Guid TaskId { get; set; }
    public Guid InstanceId { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
}
