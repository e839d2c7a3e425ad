using System.Collections.Concurrent;
using System.Diagnostics;

namespace WorkflowArchive.Bench.Engine.Concurrent;

/// <summary>
/// The plain timed driver of the concurrent measure: <c>drivers</c> loops side by side, each taking the next full run
/// until <c>runs</c> were started, first for the warm-up (same concurrency, not counted), then measured. Around the
/// measured part it reads the process's CPU time, the bytes it allocated, its collections, the engine's move metrics
/// and the load average; a run that throws counts as failed and its driver goes on with the next one.
/// </summary>
public static class ConcurrentRun
{
    public sealed record Result(
        string Engine, string Store, string Settings, int Drivers, int Runs, int Failed, double Seconds, double CpuMs, double? ServerCpuMs,
        long AllocatedBytes, int Gen0, int Gen1, int Gen2, long? Statements, long? Moves, long? Retries, string LoadBefore, string LoadAfter,
        IReadOnlyList<string> Errors)
    {
        public int Succeeded => Runs - Failed;
        public double RunsPerSecond => Succeeded / Seconds;
    }

    public static async Task<Result> MeasureAsync(string engine, string store, string settings, Func<Task> fullRun, int drivers, int warmUp, int runs,
        MoveStatementListener? moves = null, ServerCpu? server = null)
    {
        Console.WriteLine($"// {engine} on {store}: {warmUp} warm-up runs, {drivers} drivers");
        var warm = await DriveAsync(fullRun, drivers, warmUp);
        if (warm.Failed > 0) Console.WriteLine($"// warm-up: {warm.Failed} of {warmUp} runs failed, first: {warm.Errors.FirstOrDefault()}");
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var loadBefore = LoadAverage();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var serverBefore = server?.Milliseconds();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var movesBefore = moves?.Read();
        var watch = Stopwatch.StartNew();

        var measured = await DriveAsync(fullRun, drivers, runs);

        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var serverMs = server?.Milliseconds() - serverBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var movesAfter = moves?.Read();
        var result = new Result(engine, store, settings, drivers, runs, measured.Failed, watch.Elapsed.TotalSeconds, cpu.TotalMilliseconds, serverMs,
            allocated, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            movesAfter?.Statements - movesBefore?.Statements, movesAfter?.Moves - movesBefore?.Moves, movesAfter?.Retries - movesBefore?.Retries,
            loadBefore, LoadAverage(), measured.Errors);
        Console.WriteLine($"// {engine} on {store}: {result.RunsPerSecond:N1} runs/s, {result.CpuMs / runs:N1} ms CPU per run, {result.Failed} of {runs} failed");
        return result;
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
