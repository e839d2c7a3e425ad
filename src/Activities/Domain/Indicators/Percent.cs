namespace WorkflowArchive.Domain.Indicators;

internal static class Percent
{
    /// <summary>
    /// part x 100 / whole, truncated (not rounded) to two decimals, so a shown 99.00 never hides a failing 98.996;
    /// null when there is nothing to measure.
    /// </summary>
    public static decimal? Of(int part, int whole) =>
        whole == 0 ? null : Math.Floor(part * 10000m / whole) / 100m;
}
