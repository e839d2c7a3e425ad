using Hangfire;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>
/// After a move commits, asks Hangfire for one outbox drain, unless one is already queued: a burst of moves
/// costs one job, not one per move.
/// </summary>
public sealed class OutboxDrainRequests(IBackgroundJobClient jobs, BackgroundOptions options) : IMoveCommittedListener
{
    private int _queued;

    public void MoveCommitted()
    {
        if (!options.RunServer || Interlocked.Exchange(ref _queued, 1) == 1) return;
        jobs.Enqueue<BackgroundJobs>(j => j.DrainOutboxAsync(CancellationToken.None));
    }

    public void Started() => Interlocked.Exchange(ref _queued, 0);
}
