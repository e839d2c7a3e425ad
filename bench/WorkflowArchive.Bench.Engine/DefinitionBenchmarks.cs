using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Bench.Engine;

/// <summary>Reading and checking the shipped procedure, as publishing and the designer's "validate" do.</summary>
[DefinitionJob]
public class DefinitionBenchmarks
{
    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private DefinitionService _definitions = null!;
    private string _xml = "";

    [GlobalSetup]
    public void Setup()
    {
        // The store is never opened: validation needs the activity catalog, not the database.
        _services = BenchServices.Build(BenchStore.Sqlite(Path.Combine(Path.GetTempPath(), "wa-bench-unused.db")), TimeProvider.System);
        _scope = _services.CreateScope();
        _definitions = _scope.ServiceProvider.GetRequiredService<DefinitionService>();
        _xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "gestion-documental.bpmn"));
    }

    [Benchmark(Description = "parse+validate gestion-documental.bpmn")]
    public bool ParseAndValidate() => _definitions.Validate(_xml).IsValid ? true : throw new InvalidOperationException("The shipped definition does not validate.");

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }
}
