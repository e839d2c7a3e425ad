namespace WorkflowArchive.Host.Background;

/// <summary>
/// Drains the outbox in this process as soon as a committed move asks (<see cref="OutboxDrainRequests"/>), one drain at a
/// time. An in-process loop rather than a Hangfire job per drain: under load the drains follow one another, and each
/// job's own bookkeeping in PostgreSQL (enqueue, dequeue, locks, state changes) cost more statements than the drain it
/// ran. Delivery stays safe without it: the messages are committed rows, and the recurring Hangfire sweep drains whatever
/// a host left (one stopped mid-drain, a drain that failed).
/// </summary>
public sealed class OutboxDrainLoop(IServiceScopeFactory scopes, ILogger<OutboxDrainLoop> logger) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await _asked.WaitAsync(stoppingToken);
                await DrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().DrainOutboxAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The messages stay committed and undelivered: the next move's request, or the recurring sweep, drains them.
            logger.LogWarning(ex, "Draining the outbox failed; the next drain will deliver the messages.");
        }
    }
}
