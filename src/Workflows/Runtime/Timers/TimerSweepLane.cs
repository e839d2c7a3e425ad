using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Fires due timers in batches: one transaction claims up to <see cref="TimerSweepOptions.BatchSize"/> of them, fires each
/// as its own move under a savepoint, and commits once, so a hundred timers cost one durable commit instead of a hundred.
/// With PostgreSQL the claim is FOR UPDATE SKIP LOCKED, so lanes and hosts sweeping at the same moment take different
/// timers; with SQLite the batch's transaction holds the one write lock. A timer whose move fails is rolled back to its
/// savepoint alone: its effects are gone, the others commit. One that lost a race on a shared row (a box, a remisión) is
/// taken again in the next batch; one that conflicts on its instance or fails is left for the next sweep. A crash before
/// the commit leaves the whole batch pending, to be fired (once) by the next sweep.
/// </summary>
public sealed class TimerSweepLane(DbContext db, TimeProvider time, WorkflowEngine engine, RowClaims claims, SqliteWriteTurns writeTurns,
    EngineMetrics metrics, TimerSweepOptions options, ILogger<TimerSweepLane> logger)
{
    private const string Savepoint = "timer";
    private const string TogetherSavepoint = "timers";

    /// <summary>Fires due timers until none is left (or <paramref name="limit"/> were tried); returns how many moved their instance.</summary>
    public async Task<int> FireDueAsync(int limit = 5_000, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        var tried = 0;
        var skip = new HashSet<Guid>();
        var lostRaces = new Dictionary<Guid, int>();
        // One connection for the sweep's batches, so the wider cache stays warm from one batch to the next.
        await using var connection = await HeldConnection.OpenAsync(db, cancellationToken);
        await using var cache = await SqliteBatchCache.WidenAsync(db, cancellationToken);
        while (tried < limit && !cancellationToken.IsCancellationRequested)
        {
            var batch = await FireBatchAsync(Math.Min(Math.Max(1, options.BatchSize), limit - tried), skip, lostRaces, cancellationToken);
            if (batch.Claimed == 0) break;
            tried += batch.Claimed;
            fired += batch.Fired;
        }
        return fired;
    }

    private async Task<(int Claimed, int Fired)> FireBatchAsync(int size, HashSet<Guid> skip, Dictionary<Guid, int> lostRaces,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        using var turn = await writeTurns.WaitAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Each timer has its savepoint below; one per SaveChanges as well would only cost statements.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            var timers = await claims.DueTimersAsync(time.GetUtcNow(), size, skip, cancellationToken);
            if (timers.Count == 0) return (0, 0);
            // Firing them, a wait past this is a lock_not_available error: a lost race (StoreConflicts), never an incident.
            if (RowClaims.CanLockRows(db))
                await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = " + (long)options.LockWait.TotalMilliseconds, cancellationToken);
            using var span = EngineMetrics.Source.StartActivity("workflow.timer-batch");
            span?.SetTag("workflow.timer.batch_size", timers.Count);
            var firedDue = await FireTogetherAsync(transaction, timers, cancellationToken)
                           ?? await FireOneByOneAsync(transaction, timers, skip, lostRaces, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var now = time.GetUtcNow();
            foreach (var dueAt in firedDue) metrics.TimerLag.Record(Math.Max(0, (now - dueAt).TotalSeconds));
            return (timers.Count, firedDue.Count);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The batch as one move (<see cref="WorkflowEngine.FireTimersTogetherAsync"/>): a few statements per table instead of a
    /// dozen per timer. Null when it cannot be taken that way (two timers of one instance) or failed: its savepoint is
    /// rolled back and the claimed timers are as claimed again, for the one-by-one path.
    /// </summary>
    private async Task<List<DateTimeOffset>?> FireTogetherAsync(IDbContextTransaction transaction, List<WorkflowTimer> timers,
        CancellationToken cancellationToken)
    {
        if (!options.FireTogether || timers.Count < 2 || timers.DistinctBy(t => t.InstanceId).Count() != timers.Count) return null;
        db.AttachRange(timers);
        var claimed = timers.Select(t => db.Entry(t).CurrentValues.Clone()).ToList();
        await transaction.CreateSavepointAsync(TogetherSavepoint, cancellationToken);
        try
        {
            var fired = await engine.FireTimersTogetherAsync(timers, cancellationToken);
            await transaction.ReleaseSavepointAsync(TogetherSavepoint, cancellationToken);
            return fired.Select(t => t.DueAt).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackToSavepointAsync(TogetherSavepoint, cancellationToken);
            await transaction.ReleaseSavepointAsync(TogetherSavepoint, cancellationToken);
            logger.LogDebug(ex, "A batch of {Count} timers could not fire together; firing them one by one.", timers.Count);
            AsClaimed(timers, claimed);
            return null;
        }
    }

    /// <summary>
    /// Forgets what a failed batch did in memory (its rows were rolled back): the claimed timers get the values they were
    /// claimed with back (not their EF Core originals: a save that wrote them before failing has made those the new
    /// ones), and nothing it appended is left for the next save to write.
    /// </summary>
    private void AsClaimed(List<WorkflowTimer> timers, List<PropertyValues> claimed)
    {
        for (var i = 0; i < timers.Count; i++) db.Entry(timers[i]).CurrentValues.SetValues(claimed[i]);
        AppendBuffer.For(db).Clear();
        db.ChangeTracker.Clear();
    }

    private async Task<List<DateTimeOffset>> FireOneByOneAsync(IDbContextTransaction transaction, List<WorkflowTimer> timers,
        HashSet<Guid> skip, Dictionary<Guid, int> lostRaces, CancellationToken cancellationToken)
    {
        var firedDue = new List<DateTimeOffset>();
        foreach (var timer in timers)
        {
            // What the batch moved before is saved in its transaction: the tracker only has to know this timer.
            db.ChangeTracker.Clear();
            db.Attach(timer);
            await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            try
            {
                var dueAt = timer.DueAt;
                if (await engine.FireTimerAsync(timer.Id, cancellationToken)) firedDue.Add(dueAt);
                else skip.Add(timer.Id);
                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
                GiveUpOrRetry(timer, ex, skip, lostRaces);
            }
        }
        return firedDue;
    }

    private void GiveUpOrRetry(WorkflowTimer timer, Exception exception, HashSet<Guid> skip, Dictionary<Guid, int> lostRaces)
    {
        if (StoreConflicts.IsRetryable(exception) && (lostRaces[timer.Id] = lostRaces.GetValueOrDefault(timer.Id) + 1) < MoveExecution.MaxAttempts)
        {
            metrics.MoveRetries.Add(1, new KeyValuePair<string, object?>(EngineMetrics.KindTag, MoveKinds.FireTimer));
            logger.LogDebug("Timer {TimerId}: its move lost a race on a shared row; taken again in the next batch.", timer.Id);
            return;
        }
        skip.Add(timer.Id);
        if (exception is WorkflowConflictException)
            logger.LogDebug("Timer {TimerId}: its instance was moved by someone else first; the next sweep tries again.", timer.Id);
        else
            logger.LogError(exception, "Timer {TimerId} could not fire; the next sweep tries again.", timer.Id);
    }
}
