using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Fires due timers, each in its own move. With PostgreSQL the timer row is claimed with FOR UPDATE SKIP LOCKED in the
/// move's own transaction, so hosts sweeping at the same moment take different timers and each timer's move commits once.
/// With SQLite the instance revision stops a second firing. A timer whose move lost a race on a shared row (a box, a
/// remisión) is taken again at once, having committed nothing; one that conflicts on its instance or fails is left for
/// the next sweep, so one bad timer cannot hold up the others.
/// </summary>
public sealed class TimerSweepLane(DbContext db, TimeProvider time, WorkflowEngine engine, RowClaims claims, EngineMetrics metrics,
    ILogger<TimerSweepLane> logger)
{
    /// <summary>Fires due timers until none is left (or <paramref name="limit"/> were tried); returns how many moved their instance.</summary>
    public async Task<int> FireDueAsync(int limit = 5_000, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        var skip = new HashSet<Guid>();
        var lostRaces = new Dictionary<Guid, int>();
        for (var tried = 0; tried < limit && !cancellationToken.IsCancellationRequested; tried++)
        {
            db.ChangeTracker.Clear();
            var outcome = await FireNextAsync(skip, lostRaces, cancellationToken);
            if (outcome is null) break;
            if (outcome == true) fired++;
        }
        return fired;
    }

    /// <summary>True: a timer fired; false: one was skipped or will be taken again; null: nothing is due.</summary>
    private async Task<bool?> FireNextAsync(HashSet<Guid> skip, Dictionary<Guid, int> lostRaces, CancellationToken cancellationToken)
    {
        await using var transaction = claims.LocksRows ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var timer = await claims.NextDueTimerAsync(time.GetUtcNow(), skip, cancellationToken);
        if (timer is null) return null;
        var dueAt = timer.DueAt;
        try
        {
            var moved = await engine.FireTimerAsync(timer.Id, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            if (moved) metrics.TimerLag.Record(Math.Max(0, (time.GetUtcNow() - dueAt).TotalSeconds));
            else skip.Add(timer.Id);
            return moved;
        }
        // Only inside this lane's transaction (PostgreSQL) does such a race reach here; elsewhere the move ran itself again.
        catch (Exception ex) when (StoreConflicts.IsRetryable(ex) && (lostRaces[timer.Id] = lostRaces.GetValueOrDefault(timer.Id) + 1) < MoveExecution.MaxAttempts)
        {
            metrics.MoveRetries.Add(1, new KeyValuePair<string, object?>(EngineMetrics.KindTag, MoveKinds.FireTimer));
            logger.LogDebug("Timer {TimerId}: its move lost a race on a shared row; taken again.", timer.Id);
            db.ChangeTracker.Clear();
            return false;
        }
        catch (WorkflowConflictException)
        {
            logger.LogDebug("Timer {TimerId}: its instance was moved by someone else first; the next sweep tries again.", timer.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Timer {TimerId} could not fire; the next sweep tries again.", timer.Id);
        }
        skip.Add(timer.Id);
        db.ChangeTracker.Clear();
        return false;
    }
}
