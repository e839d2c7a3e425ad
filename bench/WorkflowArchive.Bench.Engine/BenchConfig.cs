using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WorkflowArchive.Bench.Engine;

/// <summary>
/// Small jobs for a shared 2-core box: in-process (no generated project to build per case), one launch, few iterations.
/// Whole procedure runs take milliseconds each, so they get a fixed number of runs per iteration instead of BDN's pilot.
/// </summary>
public static class BenchConfig
{
    public static bool Quick { get; set; }

    public static IConfig Create(string artifacts) => ManualConfig.CreateEmpty()
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    /// <summary>
    /// For runs of the procedure: milliseconds each, counted in fixed batches. The warm-up is long on purpose: a run goes
    /// through a few thousand methods of EF Core and ours, and until tiered compilation has optimised them (after some
    /// hundred runs) a run costs twice what it costs in a host that has been serving for a minute.
    /// </summary>
    public static Job Procedure => Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(Quick ? 2 : 5)
        .WithIterationCount(Quick ? 3 : 6)
        .WithInvocationCount(Quick ? 8 : 32)
        .WithUnrollFactor(1);

    /// <summary>For parsing: microseconds each, so BDN picks the batch size (ShortRun's 3 warm-ups and 3 iterations).</summary>
    public static Job Definition => Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance);

    /// <summary>More runs than one case makes (jitting, warm-up and measured iterations): each needs a sale of its own.</summary>
    public const int MaxRunsPerCase = 1_000;
}

public sealed class ProcedureJobAttribute() : JobConfigBaseAttribute(BenchConfig.Procedure);

public sealed class DefinitionJobAttribute() : JobConfigBaseAttribute(BenchConfig.Definition);
