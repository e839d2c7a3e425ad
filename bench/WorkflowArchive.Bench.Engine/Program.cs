using BenchmarkDotNet.Running;
using WorkflowArchive.Bench;
using WorkflowArchive.Bench.Engine;
using WorkflowArchive.Bench.Engine.Concurrent;
using WorkflowArchive.Bench.Engine.Ours;
using WorkflowArchive.Bench.Engine.Peer;

// Usage: WorkflowArchive.Bench.Engine [--quick] [--out DIR] [--profile sqlite|postgres [--warm-up N] [--runs N]] [BenchmarkDotNet arguments, e.g. --filter *Peer*]
//        WorkflowArchive.Bench.Engine [--quick] [--out DIR] --concurrent 16 [--runs N] [--warm-up N] [--engines workflowcore,sqlite,postgres]
//                                     [--set Engine:GroupCommit=false ...] [--name SUFFIX]   (a plain timed driver, not BenchmarkDotNet)
var arguments = args.ToList();
BenchConfig.Quick = Take(arguments, "--quick");
var output = Value(arguments, "--out") ?? Path.Combine("bench", "results");
if (Value(arguments, "--profile") is { } provider)
{
    var warmUp = int.Parse(Value(arguments, "--warm-up") ?? (BenchConfig.Quick ? "10" : "150"));
    var runs = int.Parse(Value(arguments, "--runs") ?? (BenchConfig.Quick ? "10" : "200"));
    (await MoveProfile.RunAsync(provider, warmUp, runs)).WriteTo(Path.Combine(output, $"engine-profile-{provider}.md"));
    return;
}
if (Value(arguments, "--concurrent") is { } drivers)
{
    var runs = int.Parse(Value(arguments, "--runs") ?? (BenchConfig.Quick ? "64" : "640"));
    var warmUp = int.Parse(Value(arguments, "--warm-up") ?? (BenchConfig.Quick ? "32" : "160"));
    var engines = (Value(arguments, "--engines") ?? "workflowcore,sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var settings = new Dictionary<string, string?>();
    while (Value(arguments, "--set") is { } setting)
    {
        var (key, value) = setting.IndexOf('=') is var at and > 0 ? (setting[..at], setting[(at + 1)..]) : throw new ArgumentException($"--set {setting}: expected Key=Value");
        settings[key] = value;
    }
    var name = Value(arguments, "--name");
    (await ConcurrentBench.RunAsync(engines, int.Parse(drivers), warmUp, runs, settings))
        .WriteTo(Path.Combine(output, $"engine-concurrent{(name is null ? "" : "-" + name)}.md"));
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
