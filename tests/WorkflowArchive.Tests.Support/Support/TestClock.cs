namespace WorkflowArchive.Tests.Support;

/// <summary>
/// The host's clock in the tests: whatever fake time the factory holds now. A pooled host gets a new fake time for each
/// test (fake time cannot go back), and everything in the host that asks for the time follows it.
/// </summary>
internal sealed class TestClock(Func<TimeProvider> current) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => current().GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => current().LocalTimeZone;

    public override long TimestampFrequency => current().TimestampFrequency;

    public override long GetTimestamp() => current().GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        current().CreateTimer(callback, state, dueTime, period);
}
