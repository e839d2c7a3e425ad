using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Maintenance;

namespace WorkflowArchive.Tests.Hosting;

public sealed class HangfireScheduleTests
{
    [Fact]
    public void A_recurring_job_still_locked_by_a_killed_host_does_not_stop_the_start_and_the_others_are_registered()
    {
        var recurring = new RecordingRecurringJobs(lockedId: "announce-overdue-tasks");
        var drains = new OutboxDrainLoop(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<OutboxDrainLoop>.Instance);
        var schedule = new HangfireSchedule(recurring, drains, new BackgroundOptions(), new BackupOptions { Cron = "0 0 2 * * *" }, NullLogger<HangfireSchedule>.Instance);

        schedule.ScheduleRecurringSweeps();

        Assert.Equal(["backup", "drain-outbox", "fire-due-timers"], recurring.Registered.Keys.Order());
        // The sweep, with its deletion of old delivered messages; the drain after each move leaves that to it.
        Assert.Equal(nameof(BackgroundJobs.SweepOutboxAsync), recurring.Registered["drain-outbox"]);
    }

    private sealed class RecordingRecurringJobs(string lockedId) : IRecurringJobManager
    {
        /// <summary>Each registered job's id and the method it runs.</summary>
        public Dictionary<string, string> Registered { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options)
        {
            if (recurringJobId == lockedId) throw new PostgreSqlDistributedLockException($"Timeout on hangfire:lock:recurring-job:{recurringJobId}.");
            Registered[recurringJobId] = job.Method.Name;
        }

        public void Trigger(string recurringJobId) { }

        public void RemoveIfExists(string recurringJobId) => Registered.Remove(recurringJobId);
    }
}
