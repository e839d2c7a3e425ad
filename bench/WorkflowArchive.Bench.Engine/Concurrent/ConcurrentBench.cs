using Npgsql;
using WorkflowArchive.Bench.Engine.Ours;
using WorkflowArchive.Bench.Engine.Peer;
using static WorkflowArchive.Bench.ResultFile;

namespace WorkflowArchive.Bench.Engine.Concurrent;

/// <summary>
/// `--concurrent N`: full runs of the procedure by N drivers side by side, on WorkflowCore in memory and on our engine
/// with each durable store, one after the other in this process, each on a fresh store and warmed up first. Settings
/// given with `--set Key=Value` reach our engine's configuration (e.g. <c>Engine:GroupCommit</c>), so the same measure can
/// be taken with and without a feature.
/// </summary>
public static class ConcurrentBench
{
    private const double GoalRatio = 2.0;

    public static async Task<ResultFile> RunAsync(IReadOnlyList<string> engines, int drivers, int warmUp, int runs, IReadOnlyDictionary<string, string?> settings)
    {
        var settingsText = settings.Count == 0 ? "defaults" : string.Join(", ", settings.Select(s => $"`{s.Key}={s.Value}`"));
        var loadBefore = ConcurrentRun.LoadAverage();
        var results = new List<ConcurrentRun.Result>();
        foreach (var engine in engines)
            results.Add(engine.ToLowerInvariant() switch
            {
                "workflowcore" => await WorkflowCoreAsync(drivers, warmUp, runs),
                "sqlite" or "postgres" => await OursAsync(engine.ToLowerInvariant(), drivers, warmUp, runs, settings, settingsText),
                _ => throw new ArgumentException($"Unknown engine {engine}: workflowcore, sqlite or postgres."),
            });
        return Report(results, drivers, warmUp, loadBefore, ConcurrentRun.LoadAverage());
    }

    private static async Task<ConcurrentRun.Result> WorkflowCoreAsync(int drivers, int warmUp, int runs)
    {
        // Each warm-up round on a fresh host: its clock moves about two years per run (DateTime ends in 9999), and its
        // in-memory store slows as it fills. The measure runs on the last round's host, warm and nearly empty.
        WorkflowCoreDriver? driver = null;
        async Task FreshHostPerWarmUpRound(ConcurrentRun.Round round)
        {
            if (round.Measured) return;
            if (driver is not null) await driver.DisposeAsync();
            driver = new WorkflowCoreDriver();
        }
        try
        {
            var result = await ConcurrentRun.MeasureAsync("WorkflowCore 3.22", "in-memory", "defaults", () => driver!.FullRunAsync(), drivers, warmUp, runs,
                FreshHostPerWarmUpRound);
            Console.WriteLine($"// WorkflowCore retention delays asked for again (wake-up not yet set, or run not yet taken): {driver!.ExtraNudges}");
            return result;
        }
        finally
        {
            if (driver is not null) await driver.DisposeAsync();
        }
    }

    private static async Task<ConcurrentRun.Result> OursAsync(string provider, int drivers, int warmUp, int runs,
        IReadOnlyDictionary<string, string?> settings, string settingsText)
    {
        var store = BenchStore.For(provider, "wa_bench_concurrent");
        using var moves = new MoveStatementListener();
        var (services, driver) = await ProcedureDriver.OnFreshStoreAsync(store, new BenchClock(DateTimeOffset.UtcNow), runs: 0, settings, concurrent: true);
        await using var _ = services;
        Console.WriteLine($"// {store.Label} durability: {await BenchServices.DurabilityAsync(services)}");
        var server = ServerCpu.Of(store);
        return await ConcurrentRun.MeasureAsync("ours", store.Label, settingsText, driver.FullRunAsync, drivers, warmUp, runs,
            round => driver.EnsureRunsAsync(round.Runs), moves, server);
    }

    private static ResultFile Report(List<ConcurrentRun.Result> results, int drivers, int warmUp, string loadBefore, string loadAfter)
    {
        var file = new ResultFile($"Engine, {drivers} concurrent drivers: full runs (timed driver, warmed up in rounds of {warmUp} runs until the JIT is quiet)")
            .Table(["Engine", "Store", "Settings", "Runs", "Failed", "Runs/s", "Process CPU per run (ms)", "PostgreSQL server CPU per run (ms)",
                    "Move statements per run", "Allocated per run (MiB)", "GCs gen0/1/2", "Retried moves", "Warm-up runs", "JIT during the measure (ms)", "Load before", "Load after"],
                results.Select(r => (IReadOnlyList<string>)
                [
                    r.Engine, r.Store, r.Settings, r.Runs.ToString("N0"), r.Failed.ToString("N0"), Number(r.RunsPerSecond), Number(r.CpuMs / r.Runs),
                    r.ServerCpuMs is { } server ? Number(server / r.Runs) : "—",
                    r.Statements is { } statements ? Number((double)statements / r.Runs) : "—",
                    Number(r.AllocatedBytes / r.Runs / 1048576.0, 2), $"{r.Gen0}/{r.Gen1}/{r.Gen2}",
                    r.Retries?.ToString("N0") ?? "—", r.WarmUpRuns.ToString("N0"), Number(r.JitMs), r.LoadBefore, r.LoadAfter,
                ]));
        file.Line("Per run: the measured part's totals divided by the runs started (failed ones included). Process CPU: user + system time of " +
                  "this process (`Process.TotalProcessorTime`), so PostgreSQL's own work is the separate server column; SQLite runs inside the process. " +
                  "Move statements: the engine's `workflow.move.statements` metric summed over the measured moves, with `workflow.commit.statements` (the appended and new rows a SQLite batch writes for its moves; the inbox's task look-ups are not moves). " +
                  "Allocations: `GC.GetTotalAllocatedBytes(precise: true)`. Warm-up: rounds at the same concurrency until one spends under 1% of its " +
                  "CPU in the JIT (`JitInfo.GetCompilationTime`), at most 12 rounds; until then tiered compilation is still optimising, and a " +
                  "measure would count the compiler and unoptimised code as the engine's. WorkflowCore never gets under it: it compiles " +
                  "expressions for each workflow it runs, so its JIT column is its own steady cost.").Line("");
        foreach (var failed in results.Where(r => r.Errors.Count > 0))
            file.Line($"Failures, {failed.Engine} on {failed.Store}: {string.Join("; ", failed.Errors.Take(3))}.").Line("");

        var peer = results.FirstOrDefault(r => r.Engine.StartsWith("WorkflowCore"));
        var ours = results.Where(r => r.Engine == "ours").ToList();
        if (peer is not null && ours.Count > 0)
            file.Line($"Full runs per second at {drivers} drivers, ours durable / WorkflowCore in memory, same run (goal: at least {GoalRatio:0}x; " +
                      $"load average {loadBefore} before, {loadAfter} after):").Line("")
                .Table(["Store", "Ours (runs/s)", "WorkflowCore in-memory (runs/s)", "Ratio", "CPU per run, ours / WorkflowCore", $"Goal {GoalRatio:0}x"],
                    ours.Select(o => (IReadOnlyList<string>)
                    [
                        o.Store, Number(o.RunsPerSecond), Number(peer.RunsPerSecond), Number(o.RunsPerSecond / peer.RunsPerSecond, 2) + "x",
                        Number((o.CpuMs + (o.ServerCpuMs ?? 0)) / o.Runs / (peer.CpuMs / peer.Runs), 2) + "x" + (o.ServerCpuMs is null ? "" : " (with the server's)"),
                        Goal(o.Failed == 0 && o.RunsPerSecond >= GoalRatio * peer.RunsPerSecond),
                    ]));
        return file;
    }
}
