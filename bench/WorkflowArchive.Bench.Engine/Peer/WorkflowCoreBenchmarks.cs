using BenchmarkDotNet.Attributes;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>The peer: the same procedure on WorkflowCore 3.22.0 with its in-memory persistence (nothing reaches a disk).</summary>
[ProcedureJob]
public class WorkflowCoreBenchmarks
{
    private WorkflowCoreDriver _driver = null!;

    [GlobalSetup]
    public void Setup() => _driver = new WorkflowCoreDriver();

    [Benchmark(Description = "full run on WorkflowCore 3.22 (in-memory)")]
    public Task FullRun() => _driver.FullRunAsync();

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// WorkflowCore retention delays asked for again (wake-up not yet set, or run not yet taken): {_driver.ExtraNudges}");
        _driver.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
