using Hangfire;
using Hangfire.PostgreSql;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

public static class HangfireRegistration
{
    /// <summary>
    /// With PostgreSQL, Hangfire keeps its queues in the same server (shared by every host). With SQLite it runs
    /// in memory: the truth of timers and outbox lives in our own tables, and the recurring sweeps are
    /// re-registered at every start, so a restart loses nothing that matters.
    /// </summary>
    public static IServiceCollection AddArchiveBackgroundJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = configuration.GetSection(BackgroundOptions.Section).Get<BackgroundOptions>() ?? new BackgroundOptions();
        services.AddSingleton(options);
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
                hangfire.UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(database.ConnectionString));
            else
                hangfire.UseInMemoryStorage();
        });
        if (options.RunServer)
            services.AddHangfireServer(server => server.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        services.AddScoped<BackgroundJobs>();
        services.AddSingleton<OutboxDrainRequests>();
        services.AddSingleton<IMoveCommittedListener>(sp => sp.GetRequiredService<OutboxDrainRequests>());
        return services;
    }

    public static void ScheduleRecurringSweeps(this IServiceProvider services)
    {
        var options = services.GetRequiredService<BackgroundOptions>();
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<BackgroundJobs>("fire-due-timers", j => j.FireDueTimersAsync(CancellationToken.None), options.TimerSweepCron);
        recurring.AddOrUpdate<BackgroundJobs>("announce-overdue-tasks", j => j.AnnounceOverdueTasksAsync(CancellationToken.None), options.TimerSweepCron);
        recurring.AddOrUpdate<BackgroundJobs>("drain-outbox", j => j.DrainOutboxAsync(CancellationToken.None), options.OutboxSweepCron);
    }
}
