using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowArchive.Activities;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Smartflex;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Bench;

/// <summary>The engine and the document-lifecycle services wired as Program.cs wires them, minus HTTP, sign-in and Hangfire.</summary>
public static class BenchServices
{
    /// <param name="settings">Configuration on top of the bench's own (e.g. <c>Engine:GroupCommit</c>), as the host reads it from appsettings.</param>
    public static ServiceProvider Build(BenchStore store, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = store.Provider.ToString(),
            ["Database:ConnectionString"] = store.ConnectionString,
            ["Database:SeedDemoData"] = "false",
            ["Workflows:Folder"] = Path.Combine(AppContext.BaseDirectory, "workflows"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        services.AddArchiveDatabase(configuration, new BenchEnvironment());
        services.AddWorkflowEngine();
        services.AddDocumentLifecycleActivities(new ArchiveOptions());
        services.AddDocumentLifecycleQueries();
        services.AddSmartflex(configuration);
        services.AddScoped<ShippedWorkflows>();
        if (configuration.GetSection("Background").Exists())
            services.AddSingleton(new TimerSweepOptions(TimerSweepOptions.Default.Lanes, configuration.GetValue("Background:TimerBatchSize", TimerSweepOptions.DefaultBatchSize),
                configuration.GetValue("Background:TimerFireTogether", true)));
        return services.BuildServiceProvider();
    }

    /// <summary>An emptied store, wired and initialised: where every measure starts.</summary>
    public static async Task<ServiceProvider> FreshAsync(BenchStore store, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await store.RecreateAsync();
        var services = Build(store, clock, settings);
        await InitializeAsync(services);
        return services;
    }

    /// <summary>
    /// Starts what the host runs beside its moves to keep its store (on SQLite, the log's checkpoints,
    /// <see cref="SqliteLogCheckpoints"/>), so that a measure pays for it as a host does. Disposing the services stops it.
    /// </summary>
    public static async Task StartStoreUpkeepAsync(IServiceProvider services)
    {
        foreach (var service in services.GetServices<IHostedService>()) await service.StartAsync(CancellationToken.None);
    }

    /// <summary>What ArchiveInitializer does before the host serves: schema, durable SQLite settings, catalog, shipped workflows.</summary>
    public static async Task InitializeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        await DefaultCatalog.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ShippedWorkflows>().PublishChangedAsync(CancellationToken.None);
    }

    /// <summary>How the store commits, read back on a pooled connection: the figures say what durability they were taken with.</summary>
    public static async Task<string> DurabilityAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var sql = db.Database.IsSqlite()
            ? "SELECT 'journal_mode=' || (SELECT journal_mode FROM pragma_journal_mode) || ', synchronous=' || (SELECT synchronous FROM pragma_synchronous) || ' (2 = FULL)' AS \"Value\""
            : "SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit') AS \"Value\"";
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Single();
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "WorkflowArchive.Bench";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
