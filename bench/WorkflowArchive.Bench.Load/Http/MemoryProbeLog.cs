using System.Globalization;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>
/// What the startup hook of WorkflowArchive.Bench.MemoryProbe wrote from inside the host (one line per 250 ms): read back
/// to split the working set into the GC's heap and the rest (runtime, native libraries, thread stacks, mapped code).
/// </summary>
public sealed class MemoryProbeLog
{
    public const string Variable = "WA_MEMORY_PROBE";

    public sealed record Sample(double ElapsedMs, double RssMiB, double AnonMiB, double FileMiB, int Threads, double HeapMiB, double CommittedMiB,
        double FragmentedMiB, double AvailableMiB, int Gen0, int Gen1, int Gen2, bool ServerGc, bool Concurrent, double PausePercent, double ShmemMiB, double JitMs,
        double LockHeldMs, long Batches, long BatchedMoves);

    private MemoryProbeLog(IReadOnlyList<Sample> samples) => Samples = samples;

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>The environment that loads the probe into the host and makes it write <paramref name="file"/>.</summary>
    public static Dictionary<string, string> Environment(string file) => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "WorkflowArchive.Bench.MemoryProbe.dll"),
        [Variable] = Path.GetFullPath(file),
    };

    public static MemoryProbeLog Read(string file)
    {
        if (!File.Exists(file)) return new MemoryProbeLog([]);
        var samples = new List<Sample>();
        // The host may be writing its last line: take whole lines only.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 15) continue;
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            double MiB(int i) => D(i) / 1024;
            samples.Add(new Sample(D(0), MiB(1), MiB(2), MiB(3), (int)D(4), MiB(5), MiB(6), MiB(7), MiB(8), (int)D(9), (int)D(10), (int)D(11),
                f[12] == "1", f[13] == "1", D(14), f.Length > 15 ? MiB(15) : double.NaN, f.Length > 16 ? D(16) : double.NaN,
                f.Length > 19 ? D(17) : double.NaN, f.Length > 19 ? (long)D(18) : 0, f.Length > 19 ? (long)D(19) : 0));
        }
        return new MemoryProbeLog(samples);
    }

    /// <summary>The samples taken between two instants of the probe's clock (ms since the host started).</summary>
    public IReadOnlyList<Sample> Between(double fromMs, double toMs) => Samples.Where(s => s.ElapsedMs >= fromMs && s.ElapsedMs <= toMs).ToList();

    public double LastElapsedMs => Samples.Count == 0 ? 0 : Samples[^1].ElapsedMs;

    /// <summary>
    /// Between the first and the last of <paramref name="samples"/>: the share of the time SQLite's group commit held the
    /// write lock, and the moves per COMMIT; null with no batch in between (PostgreSQL, or no group commit). The share is
    /// NaN for a host older than the engine's <c>workflow.commit.lock_held</c> (batches, and no time held).
    /// </summary>
    public static (double LockHeldShare, double MovesPerCommit)? GroupCommits(IReadOnlyList<Sample> samples)
    {
        if (samples.Count < 2 || samples[^1].Batches == samples[0].Batches || double.IsNaN(samples[0].LockHeldMs)) return null;
        var (first, last) = (samples[0], samples[^1]);
        var held = last.LockHeldMs - first.LockHeldMs;
        return (held > 0 ? held / (last.ElapsedMs - first.ElapsedMs) : double.NaN,
            (last.BatchedMoves - first.BatchedMoves) / (double)(last.Batches - first.Batches));
    }
}
