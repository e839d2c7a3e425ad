namespace WorkflowArchive.Bench;

/// <summary>A clock the driver sets, so a two-year retention timer is due without waiting two years, and a run can start over at the same instant.</summary>
public sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
