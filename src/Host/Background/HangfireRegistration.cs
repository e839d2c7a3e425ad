using Hangfire;
using Hangfire.PostgreSql;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Background;

public static class HangfireRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// With PostgreSQL, Hangfire keeps its queues in the same server (shared by every host). With SQLite it runs
    /// in memory: the truth of timers and outbox lives in our own tables, the recurring sweeps are re-registered at
    /// every start and a catch-up sweep runs at start, so a restart loses nothing that matters.
    /// </summary>
    public static IServiceCollection AddArchiveBackgroundJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = configuration.GetSection(BackgroundOptions.Section).Get<BackgroundOptions>() ?? new BackgroundOptions();
        services.AddSingleton(options);
        services.AddSingleton(new OutboxLease(TimeSpan.FromSeconds(options.OutboxLeaseSeconds)));
        services.AddSingleton(new OutboxRetention(TimeSpan.FromDays(Math.Max(0, options.OutboxKeepDeliveredDays))));
        services.AddSingleton(new TimerSweepOptions(options.TimerLanes, Math.Max(1, options.TimerBatchSize), options.TimerFireTogether)
        {
            LockWait = options.TimerLockWait > TimeSpan.Zero ? options.TimerLockWait : TimerSweepOptions.Default.LockWait,
        });
        services.AddScoped<BackgroundJobs>();
        services.AddSingleton<OutboxDrainRequests>();
        services.AddSingleton<IMoveCommittedListener>(sp => sp.GetRequiredService<OutboxDrainRequests>());
        if (options.Scheduler == BackgroundScheduler.InProcess)
        {
            services.AddSingleton<InProcessSchedule>();
            services.AddSingleton<IBackgroundSchedule>(sp => sp.GetRequiredService<InProcessSchedule>());
            return services;
        }
        services.AddSingleton<IBackgroundSchedule, HangfireSchedule>();
        services.AddSingleton<OutboxDrainLoop>();
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
                hangfire.UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(options.QueuePollSeconds), PrepareSchemaIfNecessary = true,
                        // A lock row left by a killed host blocks that job until it expires: a minute, not Hangfire's ten.
                        // None of our jobs holds a lock while it runs (no DisableConcurrentExecution), only to schedule.
                        DistributedLockTimeout = TimeSpan.FromMinutes(1),
                    });
            else
                hangfire.UseInMemoryStorage();
        });
        if (options.RunServer)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollSeconds);
            });
            services.AddHostedService<CatchUpOnStart>();
            services.AddHostedService<AuditChainLinking>();
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDrainLoop>());
        }
        return services;
    }

    public static void ScheduleRecurringSweeps(this IServiceProvider services) =>
        services.GetRequiredService<IBackgroundSchedule>().ScheduleRecurringSweeps();

    /// <summary>
    /// The Hangfire dashboard, for administrators only. Hangfire's own filter (local requests only) is replaced by the
    /// endpoint's authorization policy, so the same sign-in (cookie or bearer token) and role rules apply as for the API.
    /// </summary>
    public static IEndpointRouteBuilder MapBackgroundDashboard(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<BackgroundOptions>().Scheduler != BackgroundScheduler.Hangfire) return app;
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
            {
                Authorization = [],
                AsyncAuthorization = [],
                DashboardTitle = "WorkflowArchive · trabajos en segundo plano",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(Policies.Administration);
        return app;
    }
}
