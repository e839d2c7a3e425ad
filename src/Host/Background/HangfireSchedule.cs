using Hangfire;
using WorkflowArchive.Host.Maintenance;

namespace WorkflowArchive.Host.Background;

/// <summary>The sweeps as Hangfire recurring jobs, and the outbox drain as a fire-and-forget job.</summary>
public sealed class HangfireSchedule(IRecurringJobManager recurring, IBackgroundJobClient jobs, BackgroundOptions options, BackupOptions backup) : IBackgroundSchedule
{
    public void ScheduleRecurringSweeps()
    {
        recurring.AddOrUpdate<BackgroundJobs>("fire-due-timers", j => j.FireDueTimersAsync(CancellationToken.None), options.TimerSweepCron);
        recurring.AddOrUpdate<BackgroundJobs>("announce-overdue-tasks", j => j.AnnounceOverdueTasksAsync(CancellationToken.None), options.TimerSweepCron);
        recurring.AddOrUpdate<BackgroundJobs>("drain-outbox", j => j.DrainOutboxAsync(CancellationToken.None), options.OutboxSweepCron);
        // Off unless Backup:Cron is set; removing it too means unsetting the setting stops a schedule Hangfire kept in PostgreSQL.
        if (string.IsNullOrWhiteSpace(backup.Cron)) recurring.RemoveIfExists("backup");
        else recurring.AddOrUpdate<ScheduledBackup>("backup", b => b.RunAsync(CancellationToken.None), backup.Cron);
    }

    public void RequestOutboxDrain() => jobs.Enqueue<BackgroundJobs>(j => j.DrainOutboxAsync(CancellationToken.None));
}
