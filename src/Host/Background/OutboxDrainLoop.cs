namespace WorkflowArchive.Host.Background;

/// <summary>
/// Drains the outbox in this process as soon as a committed move asks (<see cref="OutboxDrainRequests"/>), one drain at a
/// time. An in-process loop rather than a Hangfire job per drain: under load the drains follow one another, and each
/// job's own bookkeeping in PostgreSQL (enqueue, dequeue, locks, state changes) cost more statements than the drain it
/// ran. Delivery stays safe without it: the messages are committed rows, and the recurring Hangfire sweep drains whatever
/// a host left (one stopped mid-drain, a drain that failed).
/// </summary>
public sealed class OutboxDrainLoop(IServiceScopeFactory scopes, ILogger<OutboxDrainLoop> logger) : InProcessPasses(scopes, logger)
{
    private readonly SemaphoreSlim _asked = new(0, 1);

    /// <summary>Asks for one drain; asking again before it starts asks for nothing more.</summary>
    public void Request()
    {
        try
        {
            _asked.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    protected override Task NextAsync(CancellationToken stoppingToken) => _asked.WaitAsync(stoppingToken);

    protected override Task PassAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        services.GetRequiredService<BackgroundJobs>().DrainOutboxAsync(stoppingToken);

    // The messages stay committed and undelivered: the next move's request, or the recurring sweep, drains them.
    protected override string FailedPass => "Draining the outbox failed; the next drain will deliver the messages.";
}
