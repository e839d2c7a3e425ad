using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

/// <summary>The <c>Background</c> configuration section.</summary>
public sealed class BackgroundOptions
{
    public const string Section = "Background";

    /// <summary>Hangfire (every real host) or InProcess (tests: no Hangfire state in the process; sweeps run when called).</summary>
    public BackgroundScheduler Scheduler { get; set; } = BackgroundScheduler.Hangfire;

    /// <summary>Run a Hangfire server in this process (tests turn it off and drive the sweeps themselves).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Six-field cron (with seconds) for the due-timer sweep.</summary>
    public string TimerSweepCron { get; set; } = "*/15 * * * * *";

    /// <summary>Lanes one timer sweep runs side by side on PostgreSQL (SQLite always runs one).</summary>
    public int TimerLanes { get; set; } = TimerSweepOptions.Default.Lanes;

    /// <summary>Due timers a lane fires in one transaction (one commit each batch).</summary>
    public int TimerBatchSize { get; set; } = TimerSweepOptions.DefaultBatchSize;

    /// <summary>A batch of due timers fires as one move first (one timer at a time only when that fails); false: always one at a time.</summary>
    public bool TimerFireTogether { get; set; } = TimerSweepOptions.Default.FireTogether;

    /// <summary>PostgreSQL: how long a timer's move waits for a row someone else holds before it is taken again later.</summary>
    public TimeSpan TimerLockWait { get; set; } = TimerSweepOptions.Default.LockWait;

    /// <summary>Six-field cron for the outbox sweep; committed moves also ask for an immediate drain.</summary>
    public string OutboxSweepCron { get; set; } = "*/30 * * * * *";

    /// <summary>How long a host holds the outbox messages it is delivering; if it dies, another host takes them after this.</summary>
    public int OutboxLeaseSeconds { get; set; } = 120;

    /// <summary>Days a delivered outbox message is kept before the outbox sweep deletes it; 0 keeps them all.</summary>
    public int OutboxKeepDeliveredDays { get; set; } = (int)OutboxRetention.Default.KeepDelivered.TotalDays;

    /// <summary>How often this host links the audit entries saved since (every host does; they take turns).</summary>
    public TimeSpan AuditLinkInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often Hangfire's scheduler looks for recurring and delayed jobs that are due (Hangfire's default, 15 s).</summary>
    public double SchedulePollSeconds { get; set; } = 15;

    /// <summary>How often an idle Hangfire worker looks for queued jobs in PostgreSQL (the outbox drain asked for after each move).</summary>
    public double QueuePollSeconds { get; set; } = 1;
}
