using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Bench.Load.Data;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Bench.Load.Timers;

/// <summary>
/// `timers`: N archived dossiers whose two-year retention ended at the same moment, each instance waiting at
/// Timer_Retention with its timer due. The TimerSweep (what the Hangfire job runs) fires them all; then the journal
/// and the timer rows are counted to show each fired exactly once and moved its instance on to the transfer.
/// </summary>
public static class TimerCommand
{
    public const string DatabaseName = "wa_bench_timers";

    /// <param name="together">Each batch fires as one move (the shipped default); false: timer by timer, each under its savepoint.</param>
    /// <param name="batchSize">Due timers a lane claims and commits at once (<c>Background:TimerBatchSize</c>).</param>
    public static async Task RunAsync(BenchStore store, int count, bool together, int batchSize, string output)
    {
        var now = DossierRows.Noon;
        var settings = new Dictionary<string, string?>
        {
            ["Background:TimerFireTogether"] = together.ToString(),
            ["Background:TimerBatchSize"] = batchSize.ToString(),
        };
        await using var services = await BenchServices.FreshAsync(store, new BenchClock(now), settings);
        var shelves = new ArchiveShelves(count / ArchiveShelves.BoxCapacity + 1);
        var definition = await InScopeAsync(services, async db =>
        {
            db.AddRange(shelves.Containers);
            await db.SaveChangesAsync();
            return await db.Set<WorkflowDefinition>().SingleAsync(d => d.Key == "gestion-documental" && d.Status == DefinitionStatus.Published);
        });

        var setup = Stopwatch.StartNew();
        var due = DueRetentions.Create(count, shelves, definition, now);
        await using (var writer = await BulkWriter.OpenAsync(store))
        {
            await writer.WriteAsync("dossiers", DueRetentions.DossierColumns, due.Select(d => d.Dossier));
            await writer.WriteAsync("wf_instances", DueRetentions.InstanceColumns, due.Select(d => d.Instance));
            await writer.WriteAsync("wf_timers", DueRetentions.TimerColumns, due.Select(d => d.Timer));
            await writer.ExecuteAsync("ANALYZE");
        }
        await InScopeAsync(services, async db =>
        {
            db.AddRange(shelves.Boxes);
            return await db.SaveChangesAsync();
        });
        Console.WriteLine($"timers: {count:N0} due retentions written in {setup.Elapsed.TotalSeconds:N1} s; firing with {await BenchServices.DurabilityAsync(services)}");

        await BenchServices.StartStoreUpkeepAsync(services);
        var firing = Stopwatch.StartNew();
        var fired = await SweepUntilDoneAsync(services);
        firing.Stop();
        var again = await services.GetRequiredService<TimerSweep>().FireDueAsync();
        var check = await InScopeAsync(services, ExactlyOnceCheck.RunAsync);

        var seconds = firing.Elapsed.TotalSeconds;
        new ResultFile($"Timers, {store.Label}: {count:N0} due at once")
            .Table(["Timers", "Fired", "Time to fire all (s)", "Timers/s", "Fired by a second sweep", "Exactly once", "Goal < 60 s"],
            [[
                count.ToString("N0"), fired.ToString("N0"), ResultFile.Number(seconds), ResultFile.Number(fired / seconds), again.ToString(),
                check.Describe(count), ResultFile.Goal(seconds < 60 && check.Holds(count) && fired == count),
            ]])
            .Line($"Durability: {await BenchServices.DurabilityAsync(services)}. One process; {Lanes(store)}; {Method(together, batchSize)}.")
            .WriteTo(Path.Combine(output, $"timers-{store.Provider}{(together ? "" : "-one-by-one")}{(batchSize == TimerSweepOptions.DefaultBatchSize ? "" : $"-batch-{batchSize}")}.md"));
    }

    /// <summary>Runs of the due-timer sweep, as the Hangfire job runs it (each lane stops after 5,000 tries), until one fires nothing.</summary>
    private static async Task<int> SweepUntilDoneAsync(IServiceProvider services)
    {
        var sweep = services.GetRequiredService<TimerSweep>();
        var total = 0;
        for (var fired = await sweep.FireDueAsync(); fired > 0; fired = await sweep.FireDueAsync()) total += fired;
        return total;
    }

    private static string Method(bool together, int batchSize) =>
        $"batches of {batchSize} timers, one commit each; " + (together
            ? "each batch fired as one move (instances and dossiers read with one query each, one SaveChanges)"
            : "each timer its own move under a savepoint");

    private static string Lanes(BenchStore store) => store.Provider == DatabaseProvider.Postgres
        ? $"{TimerSweepOptions.Default.Lanes} pumps side by side (FOR UPDATE SKIP LOCKED)"
        : "one pump (SQLite: one writer)";

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<ArchiveDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
    }
}
