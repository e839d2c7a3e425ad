namespace WorkflowArchive.Bench;

/// <summary>
/// When a warm-up may stop: a round that spent under 1% of its CPU in the JIT. Before that, tiered compilation is still
/// optimising (thousands of runs on two busy cores), and a measure would count the compiler and unoptimised code as the
/// engine's. The engine bench and the HTTP measures use the same rule.
/// </summary>
public static class QuietJit
{
    public const double Share = 0.01;

    public static bool Reached(double jitMs, double cpuMs) => jitMs / cpuMs < Share;
}
