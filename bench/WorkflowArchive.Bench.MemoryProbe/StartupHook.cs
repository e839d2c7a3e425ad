using System.Diagnostics.Metrics;
using System.Globalization;

/// <summary>
/// Loaded by the runtime before the host's Main when DOTNET_STARTUP_HOOKS names this assembly (the type must be called
/// StartupHook, in no namespace). Every 250 ms it appends one line to the file in WA_MEMORY_PROBE: the GC's heap size
/// and committed bytes after its last collection, the fragmentation, the process's anonymous and file-backed resident
/// memory and its thread count, so a peak of the working set can be split into GC heap, other native memory and code.
/// Shared memory comes next: the runtime maps the code it compiles through a shared-memory file (W^X double mapping).
/// Then the time the JIT has spent compiling, so the bench can warm the host up until its code is optimised. Last, running
/// totals of the engine's SQLite group commit, read from its meter: how long batches held the write lock, how many
/// batches committed and how many moves they held (zero on PostgreSQL), so the bench can tell when that lock is what
/// limits the host.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("WA_MEMORY_PROBE") is not { Length: > 0 } file) return;
        var thread = new Thread(() =>
        {
            // A probe must never take the host down: if it fails, the measure simply has no probe lines.
            try { Sample(file); }
            catch (Exception e) { Console.Error.WriteLine($"memory probe stopped: {e.Message}"); }
        }) { IsBackground = true, Name = "memory probe" };
        thread.Start();
    }

    private static double _lockHeldMs;
    private static long _batches, _batchedMoves;

    private static void Sample(string file)
    {
        using var commits = ListenToGroupCommits();
        using var writer = new StreamWriter(file, append: false) { AutoFlush = true };
        writer.WriteLine("elapsed_ms\trss_kib\trss_anon_kib\trss_file_kib\tthreads\tgc_heap_kib\tgc_committed_kib\tgc_fragmented_kib\tgc_total_available_kib\tgen0\tgen1\tgen2\tserver_gc\tconcurrent\tpause_pct\trss_shmem_kib\tjit_ms\tlock_held_ms\tbatches\tbatched_moves");
        var started = Environment.TickCount64;
        while (true)
        {
            var status = File.ReadAllLines("/proc/self/status");
            long Kib(string key) => long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            writer.WriteLine(string.Join('\t',
                Environment.TickCount64 - started, Kib("VmRSS:"), Kib("RssAnon:"), Kib("RssFile:"), Kib("Threads:"),
                gc.HeapSizeBytes / 1024, gc.TotalCommittedBytes / 1024, gc.FragmentedBytes / 1024, gc.TotalAvailableMemoryBytes / 1024,
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
                System.Runtime.GCSettings.IsServerGC ? 1 : 0, gc.Concurrent ? 1 : 0, gc.PauseTimePercentage.ToString("0.00", CultureInfo.InvariantCulture),
                Kib("RssShmem:"), System.Runtime.JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                Volatile.Read(ref _lockHeldMs).ToString("0.0", CultureInfo.InvariantCulture), Interlocked.Read(ref _batches), Interlocked.Read(ref _batchedMoves)));
            Thread.Sleep(250);
        }
    }

    /// <summary>Sums the engine's <c>workflow.commit.lock_held</c> and <c>workflow.commit.batch_size</c> (one record each per batch committed).</summary>
    private static MeterListener ListenToGroupCommits()
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "WorkflowArchive.Engine" && instrument.Name is "workflow.commit.lock_held" or "workflow.commit.batch_size")
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        // One writer records them, a batch at a time: no two measurements race.
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => Volatile.Write(ref _lockHeldMs, _lockHeldMs + seconds * 1000));
        listener.SetMeasurementEventCallback<int>((_, moves, _, _) =>
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _batchedMoves, moves);
        });
        listener.Start();
        return listener;
    }
}
