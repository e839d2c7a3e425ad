namespace WorkflowArchive.Bench;

/// <summary>Latency percentiles from every sample, sorted once (nearest-rank): no histogram, nothing rounded away.</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> milliseconds)
    {
        _sorted = milliseconds.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double At(double percentile)
    {
        if (_sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public double P50 => At(50);
    public double P95 => At(95);
    public double P99 => At(99);
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
}
