namespace WorkflowArchive.Host.Startup;

/// <summary>
/// The <c>Clock</c> configuration section: a test and operations aid, never needed in normal running. Set one of the two
/// to run the service as if at another moment, e.g. to rehearse what happens when a two-year timer comes due.
/// </summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>Days added to the real clock (may be fractional or negative).</summary>
    public double? OffsetDays { get; set; }

    /// <summary>The instant the service starts at; from there the clock runs at the normal pace.</summary>
    public DateTimeOffset? Now { get; set; }
}
