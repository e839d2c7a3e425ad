using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>
/// Drives our engine in-process, one move per scope as one HTTP request would: start, the user tasks with one return
/// loop, the retention timer through the TimerSweepLane, the reception. Each move commits durably before the next.
/// </summary>
public sealed class ProcedureDriver(IServiceProvider services, BenchClock clock, SalePool sales)
{
    /// <summary>Called after each move with its name, duration and the bytes the process allocated meanwhile; the profile mode sums them, the benchmarks leave it null.</summary>
    public Action<string, TimeSpan, long>? OnMove { get; set; }

    public const string DefinitionKey = "gestion-documental";
    private static readonly DateTimeOffset Monday = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh store with the advisor, a box and enough Smartflex sales for the runs to come, and a driver on it.</summary>
    public static async Task<(ServiceProvider Services, ProcedureDriver Driver)> OnFreshStoreAsync(BenchStore store, BenchClock clock, int runs)
    {
        var services = await BenchServices.FreshAsync(store, clock);
        await using (var scope = services.CreateAsyncScope())
            await ReferenceData.AddAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
        var sales = new SalePool(services);
        await sales.EnsureAsync(runs);
        return (services, new ProcedureDriver(services, clock, sales));
    }

    public Task<WorkflowInstance> StartAsync()
    {
        clock.Now = Monday;
        var order = sales.Take();
        return TimedAsync("start", () => InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().StartAsync(DefinitionKey, order, BenchInputs.SaleVariables(), "gestora")));
    }

    public async Task FullRunAsync()
    {
        var instance = await StartAsync();
        await CompleteAsync(instance.Id, "Task_ReviewChecklist", BenchInputs.Review(unsignedContract: true), "gestora");
        await CompleteAsync(instance.Id, "Task_CorrectDocumentation", BenchInputs.Correction(), "ana.rojas");
        await CompleteAsync(instance.Id, "Task_ReviewChecklist", BenchInputs.Review(), "gestora");
        await CompleteAsync(instance.Id, "Task_Archive", [], "gestora");

        clock.Now = Monday.AddYears(2).AddDays(2);
        var fired = await TimedAsync("fire retention timer", () => InScopeAsync(sp => sp.GetRequiredService<TimerSweepLane>().FireDueAsync()));
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
