namespace WorkflowArchive.Host.Background;

/// <summary>
/// When a host starts, it fires at once the timers that came due while no host was running (a two-year timer whose day
/// passed during an outage), announces overdue tasks and drains the outbox, instead of waiting for the first cron tick.
/// The sweeps claim rows, so hosts starting together, or a recurring sweep running meanwhile, do not fire anything twice.
/// </summary>
public sealed class CatchUpOnStart(IServiceScopeFactory scopes, ILogger<CatchUpOnStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var jobs = scope.ServiceProvider.GetRequiredService<BackgroundJobs>();
            var fired = await jobs.FireDueTimersAsync(stoppingToken);
            var overdue = await jobs.AnnounceOverdueTasksAsync(stoppingToken);
            var delivered = await jobs.SweepOutboxAsync(stoppingToken);
            logger.LogInformation("Start-up catch-up: {Fired} due timers fired, {Overdue} overdue tasks announced, {Delivered} outbox messages delivered.",
                fired, overdue, delivered);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The recurring sweeps do the same work on their first tick; the host keeps serving.
            logger.LogError(ex, "Start-up catch-up failed; the recurring sweeps will fire what is due.");
        }
    }
}
