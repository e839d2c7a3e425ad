namespace WorkflowArchive.Workflows.Runtime;

/// <summary>How long a delivered outbox message is kept (to read back what was sent); <see cref="TimeSpan.Zero"/> keeps it for ever.</summary>
public sealed record OutboxRetention(TimeSpan KeepDelivered)
{
    public static readonly OutboxRetention Default = new(TimeSpan.FromDays(7));
}
