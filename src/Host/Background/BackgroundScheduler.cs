namespace WorkflowArchive.Host.Background;

/// <summary>What runs the host's background work: Hangfire (every real host), or nothing by itself (tests drive the sweeps).</summary>
public enum BackgroundScheduler
{
    Hangfire,

    /// <summary>No Hangfire in this process: requests are recorded and the sweeps run only when called (deterministic tests).</summary>
    InProcess,
}

/// <summary>Schedules the recurring sweeps and asks for an outbox drain after a move commits.</summary>
public interface IBackgroundSchedule
{
    void ScheduleRecurringSweeps();

    void RequestOutboxDrain();
}
