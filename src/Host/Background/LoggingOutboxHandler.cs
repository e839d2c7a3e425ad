using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>
/// Writes every delivered message to the log at Debug, for following a notification by hand. Operators read what was
/// sent at <c>GET /api/outbox?state=Delivered</c> (kept <c>Background:OutboxKeepDeliveredDays</c>); at Information, a line
/// per message (two or three per completion) was work the host and whatever collects its output did for every completion.
/// </summary>
public sealed class LoggingOutboxHandler(ILogger<LoggingOutboxHandler> logger) : IOutboxHandler
{
    public bool CanHandle(string messageType) => true;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogDebug("Outbox {Type} {Key}: {Payload}", message.Type, message.IdempotencyKey, message.PayloadJson);
        return Task.CompletedTask;
    }
}
