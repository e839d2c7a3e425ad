using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Fires due timers, each in its own move. With PostgreSQL the timer row is claimed with FOR UPDATE SKIP LOCKED in the
/// move's own transaction, so hosts sweeping at the same moment take different timers and each timer's move commits once.
/// With SQLite the instance revision stops a second firing. A timer that conflicts or fails is left for the next sweep,
/// so one bad timer cannot hold up the others.
/// </summary>
public sealed class TimerSweepLane(DbContext db, TimeProvider time, WorkflowEngine engine, RowClaims claims,
    ILogger<TimerSweepLane> logger)
{
    /// <summary>Fires due timers until none is left (or <paramref name="limit"/> were tried); returns how many moved their instance.</summary>
    public async Task<int> FireDueAsync(int limit = 5_000, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        var skip = new HashSet<Guid>();
        for (var tried = 0; tried < limit && !cancellationToken.IsCancellationRequested; tried++)
        {
            db.ChangeTracker.Clear();
            var outcome = await FireNextAsync(skip, cancellationToken);
            if (outcome is null) break;
            if (outcome == true) fired++;
        }
        return fired;
    }

    /// <summary>True: a timer fired; false: one was skipped; null: nothing is due.</summary>
    private async Task<bool?> FireNextAsync(HashSet<Guid> skip, CancellationToken cancellationToken)
    {
        await using var transaction = claims.LocksRows ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var timer = await claims.NextDueTimerAsync(time.GetUtcNow(), skip, cancellationToken);
        if (timer is null) return null;
        try
        {
            var moved = await engine.FireTimerAsync(timer.Id, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            if (!moved) skip.Add(timer.Id);
            return moved;
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
