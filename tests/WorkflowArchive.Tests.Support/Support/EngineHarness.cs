using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WorkflowArchive.Activities;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Tests.Support;

/// <summary>The engine on a private SQLite file, with fake time and the test activities next to the real ones.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _file;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    /// <summary>The store's connection string, as its contexts name it (<see cref="CommandsSeen"/> watches one store).</summary>
    public string ConnectionString => $"Data Source={_file};Default Timeout=30";

    private EngineHarness(Action<IServiceCollection>? configure)
    {
        _file = Path.Combine(Path.GetTempPath(), $"wa-engine-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddDbContext<SqliteArchiveDbContext>((sp, db) => db.UseSqlite(ConnectionString)
            .AddInterceptors(sp.GetRequiredService<StatementCounter>(), sp.GetRequiredService<OutboxCommitAnnouncer>(),
                WorkflowArchive.Workflows.Persistence.AppendBufferFlush.Instance));
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<SqliteArchiveDbContext>());
        services.AddWorkflowEngine();
        services.AddDocumentLifecycleActivities();
        services.AddSingleton<Rendezvous>();
        services.AddScoped<IWorkflowActivity, RecordVisitActivity>();
        services.AddSingleton<FlakyRuns>();
        services.AddScoped<IWorkflowActivity, FlakyActivity>();
        services.AddScoped<IWorkflowActivity, RendezvousActivity>();
        services.AddSingleton<LostRaceRuns>();
        services.AddScoped<IWorkflowActivity, LostRaceActivity>();
        services.AddScoped<IWorkflowActivity, PoisonActivity>();
        services.AddScoped<IWorkflowActivity, PoisonedRowActivity>();
        services.AddSingleton<ProcessDeath>();
        services.AddScoped<IWorkflowActivity, DyingActivity>();
        services.AddSingleton<StoreConflict>();
        services.AddScoped<IWorkflowActivity, StoreConflictActivity>();
        services.AddScoped<WorkflowArchive.Workflows.Contracts.ITaskContract, TestNoteContract>();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    /// <param name="configure">Services a test adds or replaces (a listener of its own, settings), after the harness's.</param>
    public static async Task<EngineHarness> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var harness = new EngineHarness(configure);
        await harness.InScopeAsync(sp => sp.GetRequiredService<SqliteArchiveDbContext>().Database.MigrateAsync());
        return harness;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public Task<WorkflowDefinition> PublishAsync(string xml) =>
        InScopeAsync(async sp => (await sp.GetRequiredService<DefinitionService>().PublishIfChangedAsync(xml, "test", "tester"))!);

    public Task<WorkflowInstance> StartAsync(string key, JsonObject? variables = null, string businessKey = "BK-1") =>
        InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().StartAsync(key, businessKey, variables, "tester"));

    public Task<WorkflowInstance> CompleteAsync(Guid taskId, JsonObject? output = null, string user = "tester") =>
        InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(taskId, output, user));

    public Task<WorkflowInstance> RetryAsync(Guid instanceId, JsonObject? variables = null) =>
        InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().RetryIncidentAsync(instanceId, variables, "tester"));

    public Task<int> FireDueTimersAsync() => InScopeAsync(sp => sp.GetRequiredService<TimerSweepLane>().FireDueAsync());

    public Task<WorkflowInstance> InstanceAsync(Guid id) =>
        InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == id));

    public Task<List<UserTask>> TasksAsync(Guid instanceId) =>
        InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<UserTask>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ToListAsync());

    public async Task<UserTask> OpenTaskAsync(Guid instanceId, string elementId) =>
        (await TasksAsync(instanceId)).Single(t => t.ElementId == elementId && t.IsOpen);

    public Task<List<JournalEntry>> JournalAsync(Guid instanceId) =>
        InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<JournalEntry>().AsNoTracking()
            .Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_file + suffix);
    }
}
