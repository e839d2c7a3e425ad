using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>Writes every delivered message to the log, so operators can follow what the workflows announced.</summary>
public sealed class LoggingOutboxHandler(ILogger<LoggingOutboxHandler> logger) : IOutboxHandler
{
    public bool CanHandle(string messageType) => true;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Outbox {Type} {Key}: {Payload}", message.Type, message.IdempotencyKey, message.PayloadJson);
        return Task.CompletedTask;
    }
}
