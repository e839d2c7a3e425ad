using BenchmarkDotNet.Reports;
using static WorkflowArchive.Bench.ResultFile;

namespace WorkflowArchive.Bench.Engine;

/// <summary>Turns BenchmarkDotNet's summaries into the figures the issue asks for: runs/s, allocations per run, ours/theirs.</summary>
public static class EngineReport
{
    private const double GoalRatio = 2.0;

    public static ResultFile From(IEnumerable<Summary> summaries)
    {
        var rows = summaries.SelectMany(s => s.Reports)
            .Where(r => r.ResultStatistics is not null)
            .Select(r => new Row(
                r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                StoreOf(r.BenchmarkCase),
                r.ResultStatistics!.Mean / 1e6,
                r.ResultStatistics.StandardDeviation / 1e6,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0))
            .ToList();

        var file = new ResultFile("Engine, in-process (BenchmarkDotNet)")
            .Table(["Measure", "Store", "Mean (ms)", "StdDev (ms)", "Per second", "Allocated per op (KiB)"],
                rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Store, Number(r.MeanMs, 3), Number(r.StdDevMs, 3), Number(1000 / r.MeanMs, 1), Number(r.Bytes / 1024.0, 1)]));

        var peer = rows.FirstOrDefault(r => r.Name.Contains("WorkflowCore"));
        var ours = rows.Where(r => r.Name.StartsWith("full run (")).ToList();
        if (peer is not null && ours.Count > 0)
            file.Line("Full runs per second, ours / WorkflowCore's (goal: at least 2x while we persist durably):").Line("")
                .Table(["Store", "Ours (runs/s)", "WorkflowCore in-memory (runs/s)", "Ratio", "Goal 2x"],
                    ours.Select(o => (IReadOnlyList<string>)[o.Store, Number(1000 / o.MeanMs), Number(1000 / peer.MeanMs), Number(peer.MeanMs / o.MeanMs, 2) + "x",
                        Goal(peer.MeanMs / o.MeanMs >= GoalRatio)]));
        return file;
    }

    private static string StoreOf(BenchmarkDotNet.Running.BenchmarkCase benchmark) =>
        benchmark.HasParameters ? benchmark.Parameters.PrintInfo.Replace("Store=", "")
        : benchmark.Descriptor.Type.Name.Contains("WorkflowCore") ? "in-memory" : "none";

    private sealed record Row(string Name, string Store, double MeanMs, double StdDevMs, long Bytes);
}
