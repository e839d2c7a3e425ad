using WorkflowArchive.Bench.Load.Data;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>
/// `http`: boots the Release host on the data set, reads its idle working set, measures search, then warms the host up
/// until its JIT is quiet and measures the task completions at 1, 4, 16 and 64 clients (working set sampled at 16).
/// Writes one figures file per part.
/// </summary>
public static class HttpCommand
{
    private const int Port = 5199;
    private const double GoalRate = 500;

    /// <summary>`search`: the host on the data set and the search measures only, nothing written to the store.</summary>
    public static async Task SearchOnlyAsync(BenchStore store, string hostDll, bool quick, string output)
    {
        var sample = SearchSample.Load(Path.Combine(output, $"search-sample-{store.Provider}.json"));
        await using var host = await HostProcess.StartAsync(hostDll, store, Port, Path.Combine(output, $"host-{store.Provider}.log"));
        using var api = await ApiClient.SignInAsync(host.Address, "gestora", "Archivo.2027!");
        var dossiers = await StoreSizeAsync(api);
        (await SearchRun.RunAsync(api, sample, quick ? 30 : 200, $"{store.Label}, {dossiers:N0} dossiers"))
            .WriteTo(Path.Combine(output, $"search-{store.Provider}.md"));
    }

    public static async Task RunAsync(BenchStore store, string hostDll, bool quick, string output)
    {
        var sample = SearchSample.Load(Path.Combine(output, $"search-sample-{store.Provider}.json"));
        // Completions per level: enough for stable percentiles at the rates a shared 2-core box reaches. The last level
        // offers the goal's rate at 16 clients: the latency a day of 500 completions a second would see.
        var levels = quick
            ? new (int Clients, int Completions, double? PerSecond)[] { (1, 30, null), (4, 60, null), (16, 120, null), (64, 160, null), (16, 500, GoalRate) }
            : [(1, 200, null), (4, 500, null), (16, 1_000, null), (64, 1_000, null), (16, 2_000, GoalRate)];
        var probeFile = Path.Combine(output, $"memory-probe-{store.Provider}.tsv");
        await using var host = await HostProcess.StartAsync(hostDll, store, Port, Path.Combine(output, $"host-{store.Provider}.log"), MemoryProbeLog.Environment(probeFile));
        using var api = await ApiClient.SignInAsync(host.Address, "gestora", "Archivo.2027!");

        var dossiers = await StoreSizeAsync(api);
        await Task.Delay(TimeSpan.FromSeconds(quick ? 3 : 15));
        var idle = host.WorkingSetMiB();

        (await SearchRun.RunAsync(api, sample, quick ? 30 : 200, $"{store.Label}, {dossiers:N0} dossiers"))
            .WriteTo(Path.Combine(output, $"search-{store.Provider}.md"));

        var load = new LoadRun(api, host, ServerCpu.Of(store));
        // From the first load sale no earlier measure registered (a fresh data set: the first one).
        var setup = await load.RegisterAsync(LoadRun.MostWarmUpCompletions + levels.Sum(l => l.Completions), await MemoryCommand.LoadOrdersUsedAsync(store) + 1);
        var reviews = await load.OpenReviewsAsync();
        await load.WarmUpAsync(reviews, probeFile);
        var results = new List<LoadRun.Level>();
        var probedFrom = 0.0;
        var probedTo = 0.0;
        foreach (var (clients, completions, perSecond) in levels)
        {
            var flatOutSixteen = clients == 16 && perSecond is null;
            if (flatOutSixteen) probedFrom = MemoryProbeLog.Read(probeFile).LastElapsedMs;
            results.Add(await load.RunAsync(clients, reviews, completions, sampleMemory: flatOutSixteen, perSecond));
            Console.WriteLine($"{clients} clients{(perSecond is { } rate ? $" at {rate}/s" : "")}: {results[^1].PerSecond:N1}/s, p95 {results[^1].Latency.P95:N1} ms");
            if (flatOutSixteen) probedTo = MemoryProbeLog.Read(probeFile).LastElapsedMs + 250;
        }
        LoadRun.Report($"{store.Label}, {dossiers:N0} dossiers in the store", results, setup).WriteTo(Path.Combine(output, $"http-{store.Provider}.md"));

        var underLoad = results.Single(r => r.Clients == 16 && r.OfferedPerSecond is null);
        var peak = MemoryProbeLog.Read(probeFile).Between(probedFrom, probedTo).MaxBy(s => s.RssMiB);
        new ResultFile($"Host working set, {store.Label}")
            .Table(["State", "Working set (MiB)"],
            [
                [$"idle, after start-up and sign-in, {dossiers:N0} dossiers", ResultFile.Number(idle)],
                ["16 clients completing tasks: mean", ResultFile.Number(underLoad.MeanMiB ?? double.NaN)],
                ["16 clients completing tasks: peak", ResultFile.Number(underLoad.PeakMiB ?? double.NaN)],
                ..(peak is null ? Array.Empty<string[]>() :
                [
                    ["at the probe's peak: GC heap / GC committed", $"{ResultFile.Number(peak.HeapMiB)} / {ResultFile.Number(peak.CommittedMiB)}"],
                    ["at the probe's peak: anonymous / file-backed (mapped assemblies) / shared (compiled code)",
                        $"{ResultFile.Number(peak.AnonMiB)} / {ResultFile.Number(peak.FileMiB)} / {ResultFile.Number(peak.ShmemMiB)}"],
                ]),
            ])
            .Line("Resident set size of the host process (VmRSS in /proc/PID/status), sampled every 250 ms under load; the split from inside the " +
                  $"host by the memory probe (a startup hook reading `GC.GetGCMemoryInfo` and /proc/self/status; {(peak?.ServerGc == true ? "server" : "workstation")} GC).")
            .WriteTo(Path.Combine(output, $"memory-{store.Provider}.md"));
    }

    /// <summary>
    /// How many dossiers the store holds: the search counts only to 1,000 unless a page further on is asked for, so ask
    /// for one past a million (the count then goes that far; the page itself is empty).
    /// </summary>
    private static async Task<long> StoreSizeAsync(ApiClient api) =>
        (await api.ReadAsync("/api/dossiers?pageSize=200&page=5001")).GetProperty("total").GetInt64();
}
