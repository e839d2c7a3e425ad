using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>
/// After a move commits, asks the scheduler for one outbox drain, unless one is already asked for: a burst of moves
/// costs one drain, not one per move. The move is already committed here, so a failure to ask is only logged:
/// the recurring sweep delivers the messages anyway.
/// </summary>
public sealed class OutboxDrainRequests(IBackgroundSchedule schedule, BackgroundOptions options, ILogger<OutboxDrainRequests> logger) : IMoveCommittedListener
{
    private int _queued;

    public void MoveCommitted()
    {
        if (!options.RunServer || Interlocked.Exchange(ref _queued, 1) == 1) return;
        try
        {
            schedule.RequestOutboxDrain();
        }
        catch (Exception ex)
        {
            Started();
            logger.LogWarning(ex, "Could not queue an outbox drain; the recurring sweep will deliver the messages.");
        }
    }

    public void Started() => Interlocked.Exchange(ref _queued, 0);
}
