using System.Collections.Concurrent;
using System.Diagnostics;
using WorkflowArchive.Bench.Load.Data;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>
/// Concurrent clients completing the manager's checklist review through POST /api/tasks/{id}/complete: the heaviest
/// completion of the procedure (checklist rows, gateway, classification, archive task, audit, journal, outbox).
/// </summary>
/// <param name="server">The PostgreSQL server the host writes to, whose CPU each level counts too (null for SQLite).</param>
public sealed class LoadRun(ApiClient api, HostProcess host, ServerCpu? server = null)
{
    private const double GoalP95Ms = 25;
    private const double GoalThroughput = 500;

    /// <summary>Registers binders (POST /api/batches, 100 orders each): every order starts an instance that waits at the review.</summary>
    /// <param name="from">The first load sale's number: a later measure on the same store registers orders not used before.</param>
    public async Task<(int Started, double Seconds)> RegisterAsync(int count, int from = 1)
    {
        // Delivered yesterday: the binder form refuses a delivery date after today (in La Paz, four hours behind UTC).
        var deliveredOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        for (var first = from; first < from + count; first += 100)
        {
            var orders = Enumerable.Range(first, Math.Min(100, from + count - first)).Select(i => new { orderNumber = LoadSales.OrderNumber(i) }).ToArray();
            var result = await api.PostAsync("/api/batches", new { advisorCode = DatasetCommand.LoadAdvisor, deliveredOn, binderNumber = $"Banco {first}", entries = orders });
            if (result.Status != 201) throw new InvalidOperationException($"POST /api/batches: {result.Status} {result.Body}");
        }
        return (count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The open review tasks, as an inbox lists them (GET /api/tasks, pages of 200).</summary>
    public async Task<Queue<Guid>> OpenReviewsAsync()
    {
        var ids = new Queue<Guid>();
        for (var page = 1; ; page++)
        {
            var list = await api.ReadAsync($"/api/tasks?role=gestor-documental&pageSize=200&page={page}");
            var items = list.GetProperty("items").EnumerateArray().ToList();
            foreach (var task in items.Where(t => t.GetProperty("elementId").GetString() == "Task_ReviewChecklist"))
                ids.Enqueue(task.GetProperty("id").GetGuid());
            if (items.Count < 200) return ids;
        }
    }

    /// <summary>Completions per warm-up round, and at most how many rounds: the most a warm-up takes of the registered reviews.</summary>
    public const int WarmUpRound = 200;
    public const int MaxWarmUpRounds = 12;
    public const int MostWarmUpCompletions = WarmUpRound * MaxWarmUpRounds;

    public sealed record WarmUp(int Completed, int Failed, double LastJitShare);

    /// <summary>
    /// Rounds of completions at 16 clients until the host spends under 1% of a round's CPU in the JIT (as its memory probe
    /// reports): on two busy cores tiered compilation takes thousands of requests to finish optimising the host's code,
    /// and a measure taken before then counts the compiler and unoptimised code as the host's cost.
    /// </summary>
    public async Task<WarmUp> WarmUpAsync(Queue<Guid> reviews, string probeFile)
    {
        var (completed, failed, jit, cpu) = (0, 0, double.NaN, double.NaN);
        for (var round = 1; round <= MaxWarmUpRounds && !QuietJit.Reached(jit, cpu); round++)
        {
            var (jitBefore, cpuBefore) = (await JitMsAsync(probeFile), host.CpuMilliseconds());
            var level = await RunAsync(16, reviews, WarmUpRound, sampleMemory: false);
            (jit, cpu) = (await JitMsAsync(probeFile) - jitBefore, host.CpuMilliseconds() - cpuBefore);
            (completed, failed) = (completed + level.Completed, failed + level.Failed);
        }
        var share = jit / cpu;
        Console.WriteLine($"// warm-up: {completed} completions at 16 clients, the last {WarmUpRound} with {share:P1} of the host's CPU in the JIT");
        return new WarmUp(completed, failed, share);
    }

    /// <summary>The host's JIT time as of now: the probe's next line (it writes one every 250 ms).</summary>
    private static async Task<double> JitMsAsync(string probeFile)
    {
        await Task.Delay(300);
        return MemoryProbeLog.Read(probeFile).Samples.LastOrDefault()?.JitMs ?? double.NaN;
    }

    /// <param name="Completions">Each completion's end (ms from the level's start) and latency, as they came back.</param>
    /// <param name="OfferedPerSecond">Null when each client sent its next completion as soon as the last returned; else the
    /// rate the completions were due at (see <see cref="RunAsync"/>).</param>
    /// <param name="HostCpuMs">The host process's user + system time over the level (its background work included).</param>
    /// <param name="ServerCpuMs">The same for the PostgreSQL server's processes; null on SQLite, which runs inside the host.</param>
    public sealed record Level(int Clients, int Failed, double Seconds, double? MeanMiB, double? PeakMiB,
        IReadOnlyList<(double EndMs, double LatencyMs)> Completions, double? OfferedPerSecond, double HostCpuMs, double? ServerCpuMs)
    {
        public int Completed => Completions.Count;
        public double HostCpuMsPerCompletion => HostCpuMs / Math.Max(1, Completed);
        public double? ServerCpuMsPerCompletion => ServerCpuMs / Math.Max(1, Completed);
        public Percentiles Latency { get; } = new(Completions.Select(c => c.LatencyMs));
        public double PerSecond => Completed / Seconds;

        /// <summary>
        /// One line per completion, end time and latency: slow completions that end together are one stall (a batch that
        /// waited), slow ones spread out are the queue.
        /// </summary>
        public void WriteCompletions(string file) =>
            File.WriteAllLines(file, ["end_ms\tlatency_ms", .. Completions.OrderBy(c => c.EndMs).Select(c =>
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.EndMs:F1}\t{c.LatencyMs:F2}"))]);
    }

    /// <param name="perSecond">
    /// Null: each client sends its next completion as soon as the last one returns, so the clients measure the host flat out
    /// and the mean latency is the clients divided by the rate. A rate: completion k is due k / rate seconds after the start,
    /// a free client sends it then (at once if it is late), and its latency counts from when it was due, so a host that
    /// falls behind, or holds every client, shows it in the latencies instead of sending less.
    /// </param>
    public async Task<Level> RunAsync(int clients, Queue<Guid> reviews, int completions, bool sampleMemory, double? perSecond = null)
    {
        var work = Enumerable.Range(0, completions).Select(_ => reviews.Dequeue()).ToArray();
        var taken = -1;
        var done = new ConcurrentBag<(double EndMs, double LatencyMs)>();
        var failed = 0;
        var memory = new List<double>();
        using var sampling = new CancellationTokenSource();
        var sampler = sampleMemory ? SampleAsync(memory, sampling.Token) : Task.CompletedTask;
        var body = new { variables = BenchInputs.Review() };
        var (hostCpu, serverCpu) = (host.CpuMilliseconds(), server?.Milliseconds());
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var k = Interlocked.Increment(ref taken); k < work.Length; k = Interlocked.Increment(ref taken))
            {
                var dueMs = k * 1000.0 / perSecond;
                if (dueMs - watch.Elapsed.TotalMilliseconds is double wait and > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait));
                var result = await api.PostAsync($"/api/tasks/{work[k]}/complete", body);
                var endMs = watch.Elapsed.TotalMilliseconds;
                if (result.Status == 200) done.Add((endMs, dueMs is { } due ? endMs - due : result.Milliseconds));
                else if (Interlocked.Increment(ref failed) <= 3) Console.Error.WriteLine($"complete {work[k]}: {result.Status} {result.Body}");
            }
        }));
        watch.Stop();
        (hostCpu, serverCpu) = (host.CpuMilliseconds() - hostCpu, server?.Milliseconds() - serverCpu);
        await sampling.CancelAsync();
        await sampler;
        return new Level(clients, failed, watch.Elapsed.TotalSeconds, memory.Count == 0 ? null : memory.Average(),
            memory.Count == 0 ? null : memory.Max(), [.. done], perSecond, hostCpu, serverCpu);
    }

    private async Task SampleAsync(List<double> samples, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            samples.Add(host.WorkingSetMiB());
            try { await Task.Delay(250, stop); } catch (OperationCanceledException) { }
        }
    }

    public static ResultFile Report(string label, IEnumerable<Level> levels, (int Started, double Seconds) setup) =>
        new ResultFile($"HTTP: completing review tasks, {label}")
            .Table(["Clients", "Sent", "Completed", "Failed", "Completions/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "max (ms)",
                    "Host CPU per completion (ms)", "PostgreSQL server CPU per completion (ms)", "Goal at 16: p95 < 25 ms, >= 500/s"],
                levels.Select(l => (IReadOnlyList<string>)
                [
                    l.Clients.ToString(), l.OfferedPerSecond is { } rate ? $"{ResultFile.Number(rate)}/s, latency from when due" : "as each returns",
                    l.Completed.ToString("N0"), l.Failed.ToString(), ResultFile.Number(l.PerSecond), ResultFile.Number(l.Latency.P50, 2),
                    ResultFile.Number(l.Latency.P95, 2), ResultFile.Number(l.Latency.P99, 2), ResultFile.Number(l.Latency.Max, 2),
                    ResultFile.Number(l.HostCpuMsPerCompletion, 2), l.ServerCpuMsPerCompletion is { } server ? ResultFile.Number(server, 2) : "—",
                    l.Clients == 16 ? ResultFile.Goal(MeetsGoal(l)) : "",
                ]))
            .Line($"Set-up: {setup.Started:N0} instances started through POST /api/batches (100 orders per binder) in {ResultFile.Number(setup.Seconds)} s " +
                  $"({ResultFile.Number(setup.Started / setup.Seconds)} starts/s), one client. " +
                  "Sent as each returns: every client sends its next completion when its last one is answered (the host flat out). " +
                  "Sent at a rate: completions due at that rate, each sent by a free client when due and timed from then (the latency at that load). " +
                  "CPU: user + system time over the level, of the host process and of the PostgreSQL server's (the postmaster and its backends, " +
                  "from /proc), divided by the completions; the host's includes its background work (drains, sweeps), and on SQLite the store's.");

    /// <summary>
    /// Flat out, the rate itself must reach the goal's; at an offered rate, every completion must be answered (a late one
    /// already counts its wait in its latency, so a host that falls behind misses on the p95).
    /// </summary>
    private static bool MeetsGoal(Level level) => level.Latency.P95 < GoalP95Ms && (level.OfferedPerSecond is { } rate
        ? rate >= GoalThroughput && level.Failed == 0
        : level.PerSecond >= GoalThroughput);
}
