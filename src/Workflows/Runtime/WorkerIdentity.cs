namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Names this process among the hosts that share the database: recorded on the timers it fires and the outbox messages
/// it claims, so an operator can tell which host did what.
/// </summary>
public sealed record WorkerIdentity(string Name)
{
    public static WorkerIdentity ForThisProcess() => new($"{Environment.MachineName}:{Environment.ProcessId}");
}
