namespace WorkflowArchive.Workflows.Runtime;

/// <summary>Delivers outbox messages of some types to the outside world. May see a message twice: use its IdempotencyKey.</summary>
public interface IOutboxHandler
{
    bool CanHandle(string messageType);

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
