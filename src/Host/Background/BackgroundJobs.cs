using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>Hangfire entry points. Each run works from the database rows, so a missed or doubled run loses nothing.</summary>
public sealed class BackgroundJobs(TimerSweep timers, OverdueTaskSweep overdue, OutboxDispatcher outbox, DeliveredOutboxCleanup outboxCleanup,
    OutboxDrainRequests drainRequests)
{
    public Task<int> FireDueTimersAsync(CancellationToken cancellationToken) => timers.FireDueAsync(cancellationToken: cancellationToken);

    public Task<int> AnnounceOverdueTasksAsync(CancellationToken cancellationToken) => overdue.AnnounceAsync(cancellationToken: cancellationToken);

    public async Task<int> DrainOutboxAsync(CancellationToken cancellationToken)
    {
        drainRequests.Started();
        var delivered = await outbox.DrainAsync(cancellationToken: cancellationToken);
        await outbox.MeasureAsync(cancellationToken);
        // The sweep, not the drain after each move: once every half minute is often enough to keep the table short.
        await outboxCleanup.ForgetDeliveredAsync(cancellationToken);
        return delivered;
    }
}
