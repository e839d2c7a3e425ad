using System.Linq.Expressions;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using WorkflowArchive.Host.Maintenance;

namespace WorkflowArchive.Host.Background;

/// <summary>
/// The sweeps as Hangfire recurring jobs; the drain a committed move asks for runs in this process (<see cref="OutboxDrainLoop"/>).
/// </summary>
public sealed class HangfireSchedule(IRecurringJobManager recurring, OutboxDrainLoop drains, BackgroundOptions options, BackupOptions backup,
    ILogger<HangfireSchedule> logger) : IBackgroundSchedule
{
    public void ScheduleRecurringSweeps()
    {
        Register<BackgroundJobs>("fire-due-timers", j => j.FireDueTimersAsync(CancellationToken.None), options.TimerSweepCron);
        Register<BackgroundJobs>("announce-overdue-tasks", j => j.AnnounceOverdueTasksAsync(CancellationToken.None), options.TimerSweepCron);
        Register<BackgroundJobs>("drain-outbox", j => j.SweepOutboxAsync(CancellationToken.None), options.OutboxSweepCron);
        // Off unless Backup:Cron is set; removing it too means unsetting the setting stops a schedule Hangfire kept in PostgreSQL.
        if (string.IsNullOrWhiteSpace(backup.Cron)) Tolerating("backup", () => recurring.RemoveIfExists("backup"));
        else Register<ScheduledBackup>("backup", b => b.RunAsync(CancellationToken.None), backup.Cron);
    }

    public void RequestOutboxDrain() => drains.Request();

    private void Register<T>(string id, Expression<Func<T, Task>> job, string cron) => Tolerating(id, () => recurring.AddOrUpdate(id, job, cron));

    /// <summary>
    /// A host killed while it held a recurring job's lock (PostgreSQL keeps the lock row until it expires) must not stop
    /// the next host from starting: the schedule it registered is still in force, and the lock's next holder updates it.
    /// </summary>
    private void Tolerating(string id, Action change)
    {
        try
        {
            change();
        }
        catch (Exception ex) when (ex is DistributedLockTimeoutException or PostgreSqlDistributedLockException)
        {
            logger.LogWarning(ex, "The recurring job {JobId} is locked, probably by a host that stopped abruptly; its schedule stays as registered before.", id);
        }
    }
}
