using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>Our engine with durable commits: SQLite in WAL mode with synchronous=FULL, PostgreSQL with fsync and synchronous_commit on.</summary>
[ProcedureJob]
public class OurEngineBenchmarks
{
    private ServiceProvider _services = null!;
    private ProcedureDriver _driver = null!;

    [Params("SQLite", "PostgreSQL")]
    public string Store { get; set; } = "SQLite";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var clock = new BenchClock(DateTimeOffset.UtcNow);
        (_services, _driver) = await ProcedureDriver.OnFreshStoreAsync(BenchStore.For(Store == "PostgreSQL" ? "postgres" : "sqlite", "wa_bench_engine"), clock, BenchConfig.MaxRunsPerCase);
        Console.WriteLine($"// {Store} durability: {await BenchServices.DurabilityAsync(_services)}");
    }

    [Benchmark(Description = "start instance (to the first user task)")]
    public Task StartInstance() => _driver.StartAsync();

    [Benchmark(Description = "full run (5 user tasks, 1 return, retention timer)")]
    public Task FullRun() => _driver.FullRunAsync();

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}
