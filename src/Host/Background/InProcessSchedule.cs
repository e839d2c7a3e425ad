namespace WorkflowArchive.Host.Background;

/// <summary>
/// Runs nothing by itself: it counts what was asked for, and whoever hosts the process (the tests) calls
/// <see cref="BackgroundJobs"/> when it wants a sweep. Keeps Hangfire's process-wide state out of such hosts.
/// </summary>
public sealed class InProcessSchedule : IBackgroundSchedule
{
    private int _drainRequests;

    public bool SweepsScheduled { get; private set; }

    public int DrainRequests => Volatile.Read(ref _drainRequests);

    public void ScheduleRecurringSweeps() => SweepsScheduled = true;

    public void RequestOutboxDrain() => Interlocked.Increment(ref _drainRequests);
}
