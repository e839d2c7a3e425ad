using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowArchive.Bench.Load.Data;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using static WorkflowArchive.Bench.ResultFile;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>
/// `memory`: the host's working set at 16 clients under each of several settings, one after the other in the same
/// session on the same data set, so their effects can be compared. A variant is <c>name:KEY=VALUE,KEY=VALUE</c>; a key is
/// an environment variable of the host (the runtime's GC knobs such as <c>DOTNET_GCConserveMemory</c>, settings as
/// <c>Section__Key</c>), or <c>MaxPoolSize</c>, which sets Npgsql's pool bound in the connection string. Each variant
/// starts its own host with the memory probe loaded, registers fresh binders, warms up until the host's JIT is quiet,
/// then samples the working set while 16 clients complete reviews.
/// </summary>
public static class MemoryCommand
{
    private const int Port = 5198;
    private const int Clients = 16;

    public sealed record Variant(string Name, IReadOnlyDictionary<string, string> Settings)
    {
        public static IReadOnlyList<Variant> Parse(string spec) => spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v =>
            {
                var at = v.IndexOf(':');
                var name = at < 0 ? v : v[..at];
                var settings = at < 0 ? [] : v[(at + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");
                return new Variant(name, settings);
            }).ToList();

        public string Describe() => Settings.Count == 0 ? "shipped settings" : string.Join(", ", Settings.Select(s => $"`{s.Key}={s.Value}`"));
    }

    private sealed record Row(Variant Variant, double IdleMiB, LoadRun.WarmUp Warm, LoadRun.Level Level, MemoryProbeLog.Sample? Peak,
        MemoryProbeLog.Sample? MaxHeap, int Gen0, int Gen1, int Gen2, (double LockHeldShare, double MovesPerCommit)? Commits, string Load);

    /// <param name="perSecond">Null: the clients send flat out; a rate: the completions are due at it (see <see cref="LoadRun.RunAsync"/>).</param>
    public static async Task RunAsync(BenchStore store, string hostDll, IReadOnlyList<Variant> variants, int completions, double? perSecond, bool quick, string output)
    {
        var rows = new List<Row>();
        var loadBefore = LoadAverage();
        var server = ServerCpu.Of(store);
        foreach (var variant in variants)
        {
            var variantStore = WithPool(store, variant);
            var environment = variant.Settings.Where(s => s.Key != "MaxPoolSize").ToDictionary(s => s.Key, s => s.Value);
            var probeFile = Path.Combine(output, $"memory-probe-{store.Provider}-{variant.Name}.tsv");
            foreach (var (key, value) in MemoryProbeLog.Environment(probeFile)) environment[key] = value;

            var from = await LoadOrdersUsedAsync(store) + 1;
            Console.WriteLine($"// {variant.Name}: {variant.Describe()}; orders from LOAD-{from:D7}");
            await using var host = await HostProcess.StartAsync(hostDll, variantStore, Port, Path.Combine(output, $"host-memory-{store.Provider}-{variant.Name}.log"), environment);
            using var api = await ApiClient.SignInAsync(host.Address, "gestora", "Archivo.2027!");
            await Task.Delay(TimeSpan.FromSeconds(quick ? 3 : 10));
            var idle = host.WorkingSetMiB();

            var load = new LoadRun(api, host, server);
            var (started, seconds) = await load.RegisterAsync(LoadRun.MostWarmUpCompletions + completions, from);
            Console.WriteLine($"// {variant.Name}: {started} orders registered in binders of 100 in {seconds:N1} s, {started / seconds:N1} starts/s");
            var reviews = await load.OpenReviewsAsync();
            var warm = await load.WarmUpAsync(reviews, probeFile);
            var startedAt = MemoryProbeLog.Read(probeFile).LastElapsedMs;
            var level = await load.RunAsync(Clients, reviews, completions, sampleMemory: true, perSecond);
            level.WriteCompletions(Path.Combine(output, $"completions-{store.Provider}-{variant.Name}.tsv"));
            await Task.Delay(600); // the probe's next line covers the end of the level
            var samples = MemoryProbeLog.Read(probeFile).Between(startedAt, double.MaxValue);
            var peak = samples.MaxBy(s => s.RssMiB);
            var first = samples.FirstOrDefault();
            var last = samples.LastOrDefault();
            rows.Add(new Row(variant, idle, warm, level, peak, samples.MaxBy(s => s.HeapMiB),
                (last?.Gen0 - first?.Gen0) ?? 0, (last?.Gen1 - first?.Gen1) ?? 0, (last?.Gen2 - first?.Gen2) ?? 0, MemoryProbeLog.GroupCommits(samples.Where(s => s.ElapsedMs <= startedAt + level.Seconds * 1000).ToList()), LoadAverage()));
            var commits = rows[^1].Commits is { } c ? $", write lock held {c.LockHeldShare:P0} of the time, {c.MovesPerCommit:N1} per COMMIT" : "";
            Console.WriteLine($"// {variant.Name}: peak {level.PeakMiB:N1} MiB, mean {level.MeanMiB:N1} MiB, {level.HostCpuMsPerCompletion:N1} ms CPU per completion{(level.ServerCpuMsPerCompletion is { } ms ? $" (the server {ms:N1} ms)" : "")}, {level.PerSecond:N1}/s{(perSecond is { } rate ? $" ({rate}/s offered)" : "")}, p50 {level.Latency.P50:N1} ms, p95 {level.Latency.P95:N1} ms, p99 {level.Latency.P99:N1} ms{commits}");
        }

        new ResultFile($"Host working set by setting, {store.Label}, {Clients} clients completing reviews")
            .Table(["Variant", "Settings", "Idle (MiB)", "Mean (MiB)", "Peak (MiB)", "At the peak: GC heap / committed (MiB)", "At the peak: anonymous / file-backed / shared (MiB)",
                    "Threads", "Largest GC heap (MiB)", "GCs gen0/1/2", "GC pause %", "Host CPU per completion (ms)", "PostgreSQL server CPU per completion (ms)", "Completions/s", "p95 (ms)", "Failed",
                    "SQLite write lock held / moves per COMMIT", "Warm-up completions", "Load after"],
                rows.Select(r => (IReadOnlyList<string>)
                [
                    r.Variant.Name, r.Variant.Describe(), Number(r.IdleMiB), Number(r.Level.MeanMiB ?? double.NaN), Number(r.Level.PeakMiB ?? double.NaN),
                    r.Peak is { } p ? $"{Number(p.HeapMiB)} / {Number(p.CommittedMiB)}" : "—",
                    r.Peak is { } q ? $"{Number(q.AnonMiB)} / {Number(q.FileMiB)} / {Number(q.ShmemMiB)}" : "—",
                    r.Peak?.Threads.ToString() ?? "—", r.MaxHeap is { } h ? Number(h.HeapMiB) : "—", $"{r.Gen0}/{r.Gen1}/{r.Gen2}",
                    r.Peak is { } g ? Number(g.PausePercent, 2) + (g.ServerGc ? " (server GC)" : " (workstation GC)") : "—",
                    Number(r.Level.HostCpuMsPerCompletion, 1), r.Level.ServerCpuMsPerCompletion is { } serverMs ? Number(serverMs, 1) : "—", Number(r.Level.PerSecond), Number(r.Level.Latency.P95, 1), (r.Level.Failed + r.Warm.Failed).ToString(),
                    r.Commits is { } commits ? $"{commits.LockHeldShare:P0} / {Number(commits.MovesPerCommit, 1)}" : "—",
                    $"{r.Warm.Completed:N0} ({r.Warm.LastJitShare:P1} JIT in the last {LoadRun.WarmUpRound})", r.Load,
                ]))
            .Line($"Each variant: its own host process on the same store, warmed up by rounds of {LoadRun.WarmUpRound} completions at {Clients} clients until " +
                  $"one spends under 1% of the host's CPU in the JIT (at most {LoadRun.MaxWarmUpRounds}), then {completions} at {Clients} " +
                  "clients with the working set (VmRSS) sampled every 250 ms by the bench and, from inside the host, by the memory probe (a startup hook " +
                  "reading `GC.GetGCMemoryInfo` and /proc/self/status). GC heap: `HeapSizeBytes` after the last collection; committed: " +
                  "`TotalCommittedBytes`. Write lock held: the share of the 16-client part during which SQLite's group commit held the store's " +
                  "write lock (the engine's `workflow.commit.lock_held`, summed by the probe); near 100% that lock, not the CPU, limits the host. " +
                  "Host CPU: the host process's user + system time over the 16-client part (background work included) " +
                  $"per completion, which a loaded machine disturbs less than the rate; PostgreSQL server CPU: the same for the server's " +
                  "processes (the postmaster and its backends, from /proc), whose one client is the host. " +
                  (perSecond is { } offered ? $"Completions due at {offered}/s, each timed from when it was due. " : "Each client sends its next completion as its last returns. ") +
                  $"Load average before the first variant: {loadBefore}.")
            .WriteTo(Path.Combine(output, $"memory-settings-{store.Provider}.md"));
    }

    private static BenchStore WithPool(BenchStore store, Variant variant)
    {
        if (!variant.Settings.TryGetValue("MaxPoolSize", out var size)) return store;
        if (store.Provider != DatabaseProvider.Postgres) throw new ArgumentException("MaxPoolSize is an Npgsql setting: PostgreSQL only.");
        return store with { ConnectionString = new NpgsqlConnectionStringBuilder(store.ConnectionString) { MaxPoolSize = int.Parse(size) }.ConnectionString };
    }

    /// <summary>How many load sales earlier measures registered on this store already: a binder cannot take an order twice.</summary>
    internal static async Task<int> LoadOrdersUsedAsync(BenchStore store)
    {
        await using var services = BenchServices.Build(store, TimeProvider.System);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().Set<Dossier>().CountAsync(d => d.OrderNumber.StartsWith("LOAD-"));
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
