using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Delivers committed outbox messages. A failing message is retried with exponential backoff and, after
/// <see cref="MaxAttempts"/>, parked: kept and visible, never lost and never retried for ever.
/// </summary>
public sealed class OutboxDispatcher(DbContext db, TimeProvider time, IEnumerable<IOutboxHandler> handlers, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public async Task<int> DrainAsync(int batchSize = 100, CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var batch = await db.Set<OutboxMessage>()
                .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.CreatedAt).Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;

            foreach (var message in batch)
            {
                if (await DeliverAsync(message, cancellationToken)) delivered++;
                await db.SaveChangesAsync(cancellationToken);
            }
            db.ChangeTracker.Clear();
            if (batch.Count < batchSize) break;
        }
        return delivered;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        message.Attempts++;
        try
        {
            foreach (var handler in handlers.Where(h => h.CanHandle(message.Type)))
                await handler.HandleAsync(message, cancellationToken);
            message.ProcessedAt = now;
            message.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = $"{ex.GetType().Name}: {ex.Message}";
            if (message.Attempts >= MaxAttempts)
            {
                message.ParkedAt = now;
                logger.LogError(ex, "Outbox message {MessageId} ({Type}) parked after {Attempts} attempts.", message.Id, message.Type, message.Attempts);
            }
            else
            {
                var backoff = TimeSpan.FromSeconds(Math.Pow(2, message.Attempts));
                message.NextAttemptAt = now + (backoff < MaxBackoff ? backoff : MaxBackoff);
                logger.LogWarning(ex, "Outbox message {MessageId} ({Type}) failed; retry at {NextAttempt}.", message.Id, message.Type, message.NextAttemptAt);
            }
            return false;
        }
    }
}
