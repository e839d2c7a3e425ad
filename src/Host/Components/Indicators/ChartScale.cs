using MudBlazor;

namespace WorkflowArchive.Host.Components.Indicators;

/// <summary>
/// A count axis fitted to the data: whole-number ticks (1, 2, 5, 10, 20...) and a top one step above the largest value,
/// instead of MudChart's default ticks of 20 that left a bar of 3 at the foot of an axis running to 20.
/// </summary>
public static class ChartScale
{
    public static (int Step, int Max) Fit(IEnumerable<double> values)
    {
        var largest = (int)Math.Ceiling(values.DefaultIfEmpty(0).Max());
        var step = NiceStep(Math.Max(1, largest) / 5.0);
        return (step, (largest / step + 1) * step);
    }

    public static BarChartOptions BarOptions(IEnumerable<double> values)
    {
        var (step, max) = Fit(values);
        return new BarChartOptions { YAxisTicks = step, YAxisSuggestedMax = max, YAxisFormat = "0", MaxNumYAxisTicks = 12 };
    }

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ not below <paramref name="rough"/>.</summary>
    private static int NiceStep(double rough)
    {
        var magnitude = 1;
        while (true)
        {
            foreach (var factor in new[] { 1, 2, 5 })
                if (factor * magnitude >= rough) return factor * magnitude;
            magnitude *= 10;
        }
    }
}
