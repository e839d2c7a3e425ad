using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>Hangfire entry points. Each run works from the database rows, so a missed or doubled run loses nothing.</summary>
public sealed class BackgroundJobs(TimerSweep timers, OverdueTaskSweep overdue, OutboxDispatcher outbox, DeliveredOutboxCleanup outboxCleanup,
    OutboxDrainRequests drainRequests)
{
    public Task<int> FireDueTimersAsync(CancellationToken cancellationToken) => timers.FireDueAsync(cancellationToken: cancellationToken);

    public Task<int> AnnounceOverdueTasksAsync(CancellationToken cancellationToken) => overdue.AnnounceAsync(cancellationToken: cancellationToken);

    /// <summary>The drain a committed move asks for (<see cref="OutboxDrainLoop"/>): delivers, and now and then measures the backlog.</summary>
    public async Task<int> DrainOutboxAsync(CancellationToken cancellationToken)
    {
        drainRequests.Started();
        var delivered = await outbox.DrainAsync(cancellationToken: cancellationToken);
        await outbox.MeasureAsync(cancellationToken);
        return delivered;
    }

    /// <summary>
    /// The recurring <c>drain-outbox</c> job and the start-up catch-up: a drain, then the delivered messages past their
    /// kept days deleted. Not after each move's drain: looking for them reads the table (PostgreSQL scans it while its
    /// statistics call it small), and once a sweep keeps it short.
    /// </summary>
    public async Task<int> SweepOutboxAsync(CancellationToken cancellationToken)
    {
        var delivered = await DrainOutboxAsync(cancellationToken);
        await outboxCleanup.ForgetDeliveredAsync(cancellationToken);
        return delivered;
    }
}
