using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>
/// Drives our engine in-process, one move per scope as one HTTP request would: start, the user tasks with one return
/// loop, the retention timer through the TimerSweepLane, the reception. Each move commits durably before the next.
/// With <see cref="Concurrent"/>, several drivers share it: each run keeps its own clock and fires its own timer.
/// </summary>
public sealed class ProcedureDriver(IServiceProvider services, BenchClock clock, SalePool sales)
{
    /// <summary>
    /// For drivers running side by side: each run keeps a time of its own (another run's jump two years on must not stamp
    /// this run's review) and fires its own retention timer by id (a sweep would fire every run's due timer, and at a
    /// clock two years on, other runs' correction deadlines too).
    /// </summary>
    public bool Concurrent { get; init; }

    /// <summary>Called after each move with its name, duration and the bytes the process allocated meanwhile; the profile mode sums them, the benchmarks leave it null.</summary>
    public Action<string, TimeSpan, long>? OnMove { get; set; }

    public const string DefinitionKey = "gestion-documental";
    private static readonly DateTimeOffset Monday = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh store with the advisor, a box and enough Smartflex sales for the runs to come, and a driver on it.</summary>
    public static async Task<(ServiceProvider Services, ProcedureDriver Driver)> OnFreshStoreAsync(BenchStore store, BenchClock clock, int runs,
        IReadOnlyDictionary<string, string?>? settings = null, bool concurrent = false)
    {
        var services = await BenchServices.FreshAsync(store, clock, settings);
        await using (var scope = services.CreateAsyncScope())
            await ReferenceData.AddAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
        var sales = new SalePool(services);
        await sales.EnsureAsync(runs);
        await BenchServices.StartStoreUpkeepAsync(services);
        return (services, new ProcedureDriver(services, clock, sales) { Concurrent = concurrent });
    }

    /// <summary>Readies sales for that many more runs (the concurrent measure's warm-up takes as many rounds as the JIT needs).</summary>
    public Task EnsureRunsAsync(int runs) => sales.EnsureAsync(runs);

    public Task<WorkflowInstance> StartAsync()
    {
        clock.Now = Monday;
        var order = sales.Take();
        return TimedAsync("start", () => InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().StartAsync(DefinitionKey, order, BenchInputs.SaleVariables(), "gestora")));
    }

    public async Task FullRunAsync()
    {
        if (Concurrent) clock.KeepOwnTime();
        var instance = await StartAsync();
        await CompleteAsync(instance.Id, "Task_ReviewChecklist", BenchInputs.Review(unsignedContract: true), "gestora");
        await CompleteAsync(instance.Id, "Task_CorrectDocumentation", BenchInputs.Correction(), "ana.rojas");
        await CompleteAsync(instance.Id, "Task_ReviewChecklist", BenchInputs.Review(), "gestora");
        await CompleteAsync(instance.Id, "Task_Archive", [], "gestora");

        clock.Now = Monday.AddYears(2).AddDays(2);
        var fired = Concurrent
            ? await FireOwnRetentionAsync(instance.Id)
            : await TimedAsync("fire retention timer", () => InScopeAsync(sp => sp.GetRequiredService<TimerSweepLane>().FireDueAsync()));
        if (fired != 1) throw new InvalidOperationException($"Expected the retention timer to fire once, {fired} fired.");

        var done = await CompleteAsync(instance.Id, "Task_ConfirmReception", BenchInputs.Reception(instance.BusinessKey), "gestora");
        if (done.Status != InstanceStatus.Completed)
            throw new InvalidOperationException($"The run ended {done.Status}: {done.IncidentMessage}");
    }

    /// <summary>As the inbox does: find the open task of the instance, then complete it in a fresh scope.</summary>
    private async Task<WorkflowInstance> CompleteAsync(Guid instanceId, string elementId, JsonObject output, string user)
    {
        var taskId = await TimedAsync("find task", () => InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<UserTask>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.ElementId == elementId && t.Status == UserTaskStatus.Open)
            .Select(t => t.Id).SingleAsync()));
        return await TimedAsync($"complete {elementId}", () => InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(taskId, output, user)));
    }

    /// <summary>The run's own retention timer, found as the sweep's claim finds it, fired as one move.</summary>
    private async Task<int> FireOwnRetentionAsync(Guid instanceId)
    {
        var timerId = await InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowTimer>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.ElementId == "Timer_Retention" && t.Status == TimerStatus.Pending)
            .Select(t => t.Id).SingleAsync());
        return await TimedAsync("fire retention timer", () => InScopeAsync(async sp => await sp.GetRequiredService<WorkflowEngine>().FireTimerAsync(timerId) ? 1 : 0));
    }

    private async Task<T> TimedAsync<T>(string move, Func<Task<T>> work)
    {
        if (OnMove is null) return await work();
        var allocated = GC.GetTotalAllocatedBytes();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await work();
        OnMove(move, System.Diagnostics.Stopwatch.GetElapsedTime(started), GC.GetTotalAllocatedBytes() - allocated);
        return result;
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
