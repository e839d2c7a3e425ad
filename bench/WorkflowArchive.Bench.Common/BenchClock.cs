namespace WorkflowArchive.Bench;

/// <summary>
/// A clock the driver sets, so a two-year retention timer is due without waiting two years, and a run can start over at
/// the same instant. Concurrent drivers each keep their own time (<see cref="KeepOwnTime"/>): one driver's jump to the
/// retention must not move the instants another driver's start or review is stamped with.
/// </summary>
public sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private readonly AsyncLocal<StrongTime?> _own = new();
    private DateTimeOffset _shared = start;

    public DateTimeOffset Now
    {
        get => _own.Value?.Now ?? _shared;
        set
        {
            if (_own.Value is { } own) own.Now = value;
            else _shared = value;
        }
    }

    /// <summary>From here on, the calling flow (and what it awaits) reads and sets a time of its own, starting at the shared one.</summary>
    public void KeepOwnTime() => _own.Value = new StrongTime { Now = _shared };

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>A box, so a time set in an awaited method is seen by its caller too (an AsyncLocal value itself does not flow back).</summary>
    private sealed class StrongTime
    {
        public DateTimeOffset Now { get; set; }
    }
}
