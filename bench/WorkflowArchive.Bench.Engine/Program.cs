using BenchmarkDotNet.Running;
using WorkflowArchive.Bench;
using WorkflowArchive.Bench.Engine;
using WorkflowArchive.Bench.Engine.Ours;
using WorkflowArchive.Bench.Engine.Peer;

// Usage: WorkflowArchive.Bench.Engine [--quick] [--out DIR] [--profile sqlite|postgres] [BenchmarkDotNet arguments, e.g. --filter *Peer*]
var arguments = args.ToList();
BenchConfig.Quick = Take(arguments, "--quick");
var output = Value(arguments, "--out") ?? Path.Combine("bench", "results");
if (Value(arguments, "--profile") is { } provider)
{
    (await MoveProfile.RunAsync(provider, warmUp: BenchConfig.Quick ? 10 : 150, runs: BenchConfig.Quick ? 10 : 200)).WriteTo(Path.Combine(output, $"engine-profile-{provider}.md"));
    return;
}
if (!arguments.Contains("--filter")) arguments.AddRange(["--filter", "*"]);

var summaries = BenchmarkSwitcher
    .FromTypes([typeof(DefinitionBenchmarks), typeof(OurEngineBenchmarks), typeof(WorkflowCoreBenchmarks)])
    .Run(arguments.ToArray(), BenchConfig.Create(Path.Combine(output, "engine-bdn")));
EngineReport.From(summaries).WriteTo(Path.Combine(output, "engine.md"));

static bool Take(List<string> arguments, string flag) => arguments.Remove(flag);

static string? Value(List<string> arguments, string option)
{
    var at = arguments.IndexOf(option);
    if (at < 0 || at + 1 >= arguments.Count) return null;
    var value = arguments[at + 1];
    arguments.RemoveRange(at, 2);
    return value;
}
