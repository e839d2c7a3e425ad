using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// How many lanes one sweep runs side by side where the store lets them (PostgreSQL), and how many due timers a lane
/// fires in one transaction (one commit per batch; each timer under its own savepoint).
/// </summary>
/// <param name="FireTogether">
/// A batch first fires as one move (<see cref="WorkflowEngine.FireTimersTogetherAsync"/>), and only timer by timer when
/// that fails; off, always timer by timer.
/// </param>
public sealed record TimerSweepOptions(int Lanes, int BatchSize = TimerSweepOptions.DefaultBatchSize, bool FireTogether = true)
{
    /// <summary>
    /// A hundred timers share a commit. On SQLite the batch holds the write lock while it runs (about a seventh of a second
    /// for a hundred retention timers fired together, a second one by one), so other writers wait that long at most; five
    /// hundred fire a fifth faster but make them wait about 0.6 s. On PostgreSQL each savepoint of the one-by-one path is a
    /// subtransaction, and many of them in one transaction slow other sessions down.
    /// </summary>
    public const int DefaultBatchSize = 100;

    public static TimerSweepOptions Default { get; } = new(4);

    /// <summary>
    /// On PostgreSQL, how long a lane's statement waits for a row another transaction holds (a box or a remisión another
    /// lane, host or person is writing) before it gives up: the timer is then taken again later, as after any lost race.
    /// Without it the wait ran into the 30-second command timeout, and the step failed into an incident.
    /// </summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Fires every due timer, through several <see cref="TimerSweepLane"/>s at once when the store claims rows with
/// SKIP LOCKED: each lane has its own scope (context, connection, transaction), so while one waits for a commit or a
/// query the others work, and no two lanes can take the same timer. SQLite has one writer and no row locks, so it runs a
/// single lane. Each lane fires its timers in batches (<see cref="TimerSweepLane"/>).
/// </summary>
public sealed class TimerSweep(IServiceScopeFactory scopes, TimerSweepOptions options, TimeProvider time, EngineMetrics metrics)
{
    /// <summary>The store does not change while the process runs, so the lane count is worked out once.</summary>
    private int? _lanes;

    /// <summary>
    /// Without row claims two sweeps of this process (the start-up catch-up and a recurring one) would move timers of the
    /// same box side by side and both find no remisión for it yet: a single-lane store's sweeps take turns.
    /// </summary>
    private readonly SemaphoreSlim _singleLane = new(1, 1);

    /// <summary>Fires due timers until none is left (each lane tries at most <paramref name="limitPerLane"/>); returns how many moved their instance.</summary>
    public async Task<int> FireDueAsync(int limitPerLane = 5_000, CancellationToken cancellationToken = default)
    {
        using var span = EngineMetrics.Source.StartActivity("workflow.timer-sweep");
        // Most sweeps find nothing due: then no lane takes SQLite's write lock (or widens its cache) only to find so.
        if (await MeasureBacklogAsync(cancellationToken) == 0) return 0;
        var lanes = await LanesAsync();
        if (lanes > 1)
            return (await Task.WhenAll(Enumerable.Range(0, lanes).Select(_ => LaneAsync(limitPerLane, cancellationToken)))).Sum();
        await _singleLane.WaitAsync(cancellationToken);
        try
        {
            return await LaneAsync(limitPerLane, cancellationToken);
        }
        finally
        {
            _singleLane.Release();
        }
    }

    /// <summary>The due timers still waiting as the sweep starts (<c>workflow.timers.due</c>): near zero when sweeps keep up.</summary>
    private async Task<long> MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow();
        var due = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WorkflowTimer>()
            .LongCountAsync(t => t.Status == TimerStatus.Pending && t.DueAt <= now, cancellationToken);
        metrics.TimersDue.Record(due);
        return due;
    }

    private async Task<int> LanesAsync()
    {
        if (_lanes is { } known) return known;
        await using var scope = scopes.CreateAsyncScope();
        return (_lanes = scope.ServiceProvider.GetRequiredService<RowClaims>().LocksRows ? Math.Max(1, options.Lanes) : 1).Value;
    }

    private async Task<int> LaneAsync(int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TimerSweepLane>().FireDueAsync(limit, cancellationToken);
    }
}
