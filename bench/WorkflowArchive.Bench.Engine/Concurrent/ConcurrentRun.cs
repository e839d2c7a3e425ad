using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;

namespace WorkflowArchive.Bench.Engine.Concurrent;

/// <summary>
/// The plain timed driver of the concurrent measure: <c>drivers</c> loops side by side, each taking the next full run
/// until <c>runs</c> were started, first for the warm-up (same concurrency, not counted), then measured. The warm-up goes
/// on in rounds until the JIT is quiet: on two busy cores the runtime's tiered compilation takes thousands of runs to
/// finish optimising EF Core's and our code, and a measure taken before that counts the compiler's work (and unoptimised
/// code) as the engine's. Around the measured part it reads the process's CPU time, the JIT's time, the bytes it
/// allocated, its collections, the engine's move metrics and the load average; a run that throws counts as failed and
/// its driver goes on with the next one.
/// </summary>
public static class ConcurrentRun
{
    public sealed record Result(
        string Engine, string Store, string Settings, int Drivers, int Runs, int Failed, double Seconds, double CpuMs, double? ServerCpuMs,
        long AllocatedBytes, int Gen0, int Gen1, int Gen2, long? Statements, long? Moves, long? Retries, string LoadBefore, string LoadAfter,
        IReadOnlyList<string> Errors, int WarmUpRuns, double JitMs)
    {
        public int Succeeded => Runs - Failed;
        public double RunsPerSecond => Succeeded / Seconds;
    }

    /// <summary>WorkflowCore never gets there: it compiles expressions for each workflow it runs (15-40% of its CPU).</summary>
    private const int MaxWarmUpRounds = 12;

    /// <param name="warmUp">Runs per warm-up round.</param>
    /// <summary>A round of runs about to start: the warm-up's or the measured one.</summary>
    public sealed record Round(int Runs, bool Measured);

    /// <param name="beforeRound">Readies a round, outside any measure: our engine's sales, WorkflowCore's host.</param>
    public static async Task<Result> MeasureAsync(string engine, string store, string settings, Func<Task> fullRun, int drivers, int warmUp, int runs,
        Func<Round, Task>? beforeRound = null, MoveStatementListener? moves = null, ServerCpu? server = null)
    {
        var warmUpRuns = await WarmUpAsync(engine, store, fullRun, drivers, warmUp, beforeRound);
        if (beforeRound is not null) await beforeRound(new Round(runs, Measured: true));
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var loadBefore = LoadAverage();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var serverBefore = server?.Milliseconds();
        var jitBefore = JitInfo.GetCompilationTime(currentThread: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var movesBefore = moves?.Read();
        var watch = Stopwatch.StartNew();

        var measured = await DriveAsync(fullRun, drivers, runs);

        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var serverMs = server?.Milliseconds() - serverBefore;
        var jit = JitInfo.GetCompilationTime(currentThread: false) - jitBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var movesAfter = moves?.Read();
        var result = new Result(engine, store, settings, drivers, runs, measured.Failed, watch.Elapsed.TotalSeconds, cpu.TotalMilliseconds, serverMs,
            allocated, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            movesAfter?.Statements - movesBefore?.Statements, movesAfter?.Moves - movesBefore?.Moves, movesAfter?.Retries - movesBefore?.Retries,
            loadBefore, LoadAverage(), measured.Errors, warmUpRuns, jit.TotalMilliseconds);
        Console.WriteLine($"// {engine} on {store}: {result.RunsPerSecond:N1} runs/s, {result.CpuMs / runs:N1} ms CPU per run, {result.Failed} of {runs} failed");
        return result;
    }

    /// <summary>Warm-up rounds of <paramref name="round"/> runs until one spends under 1% of its CPU in the JIT; returns the runs it took.</summary>
    private static async Task<int> WarmUpAsync(string engine, string store, Func<Task> fullRun, int drivers, int round, Func<Round, Task>? beforeRound)
    {
        var process = Process.GetCurrentProcess();
        for (var rounds = 1; ; rounds++)
        {
            if (beforeRound is not null) await beforeRound(new Round(round, Measured: false));
            process.Refresh();
            var (cpuBefore, jitBefore) = (process.TotalProcessorTime, JitInfo.GetCompilationTime(currentThread: false));
            var warm = await DriveAsync(fullRun, drivers, round);
            process.Refresh();
            var (jit, cpu) = (JitInfo.GetCompilationTime(currentThread: false) - jitBefore, process.TotalProcessorTime - cpuBefore);
            if (warm.Failed > 0) Console.WriteLine($"// warm-up: {warm.Failed} of {round} runs failed, first: {warm.Errors.FirstOrDefault()}");
            if (QuietJit.Reached(jit.TotalMilliseconds, cpu.TotalMilliseconds) || rounds == MaxWarmUpRounds)
            {
                Console.WriteLine($"// {engine} on {store}: {rounds * round} warm-up runs at {drivers} drivers, the last {round} with {jit / cpu:P1} of the CPU in the JIT");
                return rounds * round;
            }
        }
    }

    /// <summary>The driver's step that failed: the first frame of the bench's own code in the stack (a task look-up, a move...).</summary>
    private static string Where(Exception ex) =>
        ex.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("WorkflowArchive.Bench.", StringComparison.Ordinal)) is { } frame
            ? frame.Split(" in ")[0].Replace("at ", "")
            : "stack unknown";

    /// <summary>The 1-, 5- and 15-minute load averages, as /proc/loadavg has them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task<(int Failed, IReadOnlyList<string> Errors)> DriveAsync(Func<Task> fullRun, int drivers, int runs)
    {
        var started = 0;
        var failed = 0;
        var errors = new ConcurrentDictionary<string, int>();
        await Task.WhenAll(Enumerable.Range(0, drivers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref started) <= runs)
            {
                try
                {
                    await fullRun();
                }
                catch (Exception ex)
                {
                    Interlocked.Increment(ref failed);
                    errors.AddOrUpdate($"{ex.GetType().Name}: {ex.Message} ({Where(ex)})", 1, (_, n) => n + 1);
                }
            }
        })));
        return (failed, errors.OrderByDescending(e => e.Value).Select(e => $"{e.Value} × {e.Key}").ToList());
    }
}
