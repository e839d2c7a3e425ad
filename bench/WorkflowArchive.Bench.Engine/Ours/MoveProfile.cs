using System.Diagnostics;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>
/// A Stopwatch breakdown of the full run by move (--profile): where a run's time goes, to find what to fix. Not a
/// benchmark: no statistics, just the mean of each move over the measured runs, taken after warm-up runs
/// have let tiered compilation optimise the code they go through.
/// </summary>
public static class MoveProfile
{
    public static async Task<ResultFile> RunAsync(string provider, int warmUp, int runs)
    {
        var store = BenchStore.For(provider, "wa_bench_profile");
        var (services, driver) = await ProcedureDriver.OnFreshStoreAsync(store, new BenchClock(DateTimeOffset.UtcNow), warmUp + runs);
        await using var _ = services;
        for (var i = 0; i < warmUp; i++) await driver.FullRunAsync();

        var totals = new Dictionary<string, (TimeSpan Time, int Count, long Bytes)>();
        driver.OnMove = (move, time, bytes) => totals[move] = totals.TryGetValue(move, out var t) ? (t.Time + time, t.Count + 1, t.Bytes + bytes) : (time, 1, bytes);
        var load = LoadAverage();
        using var sampler = new AllocationSampler();
        sampler.Start();
        using var cost = RunCost.Start();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) await driver.FullRunAsync();
        watch.Stop();
        sampler.Stop();
        var perRun = cost.PerRun(runs);

        return new ResultFile($"Full run by move, {store.Label} ({runs} runs after {warmUp} to warm up)")
            .Line($"Durability: {await BenchServices.DurabilityAsync(services)}. Whole run: {ResultFile.Number(watch.Elapsed.TotalMilliseconds / runs, 2)} ms.").Line("")
            .Line($"Per run: {ResultFile.Number(perRun.MoveStatements, 1)} statements in moves ({ResultFile.Number(perRun.AllStatements, 1)} with the task look-ups), " +
                  $"{ResultFile.Number(perRun.AllocatedBytes / 1_048_576, 2)} MB allocated, {ResultFile.Number(perRun.CpuMs, 1)} ms process CPU. " +
                  $"Load average before/after: {load} / {LoadAverage()}.").Line("")
            .Table(["Move", "Mean (ms)", "Per run (ms)", "Allocated per run (KB)"], totals.OrderByDescending(t => t.Value.Time).Select(t => (IReadOnlyList<string>)
                [t.Key, ResultFile.Number(t.Value.Time.TotalMilliseconds / t.Value.Count, 2), ResultFile.Number(t.Value.Time.TotalMilliseconds / runs, 2),
                    ResultFile.Number(t.Value.Bytes / 1024.0 / runs, 0)]))
            .Line("").Line("What the runs allocate, by type (the runtime's allocation ticks: a sample, one per ~100 KB):").Line("")
            .Table(["Type", "Share of sampled bytes"], sampler.Top(25).Select(t => (IReadOnlyList<string>)[$"`{t.Type}`", $"{ResultFile.Number(100 * t.Share, 1)} %"]));
    }

    /// <summary>The 1-minute load average (Linux), to read the figures against the machine's load; "?" elsewhere.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
