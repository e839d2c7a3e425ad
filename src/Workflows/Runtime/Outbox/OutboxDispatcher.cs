using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>How long a host may hold an outbox message it is delivering before another host may take it over.</summary>
public sealed record OutboxLease(TimeSpan Duration)
{
    public static readonly OutboxLease Default = new(TimeSpan.FromMinutes(2));
}

/// <summary>
/// Delivers committed outbox messages. Each batch is leased to this host first (<see cref="RowClaims"/>), so several
/// hosts draining at once deliver each message once; a host that dies mid-delivery loses its lease and another host
/// delivers again (receivers drop the repeat by its idempotency key). A failing message is retried with exponential
/// backoff and, after <see cref="MaxAttempts"/>, parked: kept and visible, never lost and never retried for ever.
/// A batch's outcomes are saved together, in one commit: a commit per message made the drain a writer as busy as the
/// moves themselves. If the host dies before that commit, the batch is delivered again once its lease ends, which the
/// idempotency keys already allow for.
/// </summary>
public sealed class OutboxDispatcher(DbContext db, TimeProvider time, RowClaims claims, SqliteWriteTurns writeTurns, WorkerIdentity worker,
    OutboxLease lease, IEnumerable<IOutboxHandler> handlers, EngineMetrics metrics, ILogger<OutboxDispatcher> logger,
    GroupCommitWriter? groupCommit = null)
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    /// <summary>
    /// Puts a parked message back in line (same idempotency key, attempts from zero), saved at once; the commit asks for a
    /// drain, so it goes out now rather than at the next sweep.
    /// </summary>
    public async Task<OutboxMessage> RequeueParkedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.OutboxMessageNotFound.With());
        if (message.ParkedAt is null) throw new WorkflowConflictException(EngineTexts.OutboxMessageNotParked.With());
        message.ParkedAt = null;
        message.Attempts = 0;
        message.NextAttemptAt = time.GetUtcNow();
        message.ClaimedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }

    public async Task<int> DrainAsync(int batchSize = 100, CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            // On SQLite the lease and the outcomes go into the moves' group commits: no sync of their own.
            var batch = await GroupCommitMove.WriteAsync(db, groupCommit,
                () => claims.LeaseOutboxAsync(now, batchSize, worker.Name, now + lease.Duration, cancellationToken));
            if (batch.Count == 0) break;

            foreach (var message in batch)
            {
                if (await DeliverAsync(message, cancellationToken)) delivered++;
                message.ClaimedUntil = null;
            }
            // One UPDATE per kind of outcome (delivered, to retry, parked), not one per message.
            await GroupCommitMove.WriteAsync(db, groupCommit, () => SaveOutcomesAsync(cancellationToken));
            if (batch.Count < batchSize) break;
        }
        db.ChangeTracker.Clear();
        return delivered;
    }

    private async Task SaveOutcomesAsync(CancellationToken cancellationToken)
    {
        // In the writer's batch the lock is the batch's; otherwise the save takes its turn with this process's other writers.
        using var turn = await GroupCommitMove.JoinAsync(db, cancellationToken) ? null : await writeTurns.WaitAsync(db, cancellationToken);
        await db.SaveChangesAsSetsAsync(cancellationToken);
    }

    /// <summary>
    /// Records what waits in the outbox (<c>workflow.outbox.pending</c>, <c>workflow.outbox.parked</c>), at most once every
    /// few seconds: drains follow every committed move, and two counts each would weigh on the moves.
    /// </summary>
    public async Task MeasureAsync(CancellationToken cancellationToken = default)
    {
        if (!metrics.OutboxMeasureDue()) return;
        var outbox = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ProcessedAt == null);
        metrics.OutboxPending.Record(await outbox.LongCountAsync(m => m.ParkedAt == null, cancellationToken));
        metrics.OutboxParked.Record(await outbox.LongCountAsync(m => m.ParkedAt != null, cancellationToken));
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
