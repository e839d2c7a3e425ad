namespace WorkflowArchive.Host.Background;

/// <summary>
/// A background loop of this process: it waits until its next pass is due, runs the pass in a scope of its own, and
/// goes on after a pass that failed (what the pass was for stays in the store for the next one), until the host stops.
/// </summary>
public abstract class InProcessPasses(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    /// <summary>Completes when the next pass is due.</summary>
    protected abstract Task NextAsync(CancellationToken stoppingToken);

    protected abstract Task PassAsync(IServiceProvider services, CancellationToken stoppingToken);

    /// <summary>What the log says of a failed pass (and why nothing is lost).</summary>
    protected abstract string FailedPass { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await NextAsync(stoppingToken);
                await RunPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await PassAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{FailedPass}", FailedPass);
        }
    }
}
