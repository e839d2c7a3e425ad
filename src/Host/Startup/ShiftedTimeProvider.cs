namespace WorkflowArchive.Host.Startup;

/// <summary>The system clock moved by a fixed amount (see <see cref="ClockOptions"/>); timers and delays keep the real pace.</summary>
public sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
{
    public TimeSpan Shift => shift;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;

    public static TimeProvider? From(ClockOptions options, DateTimeOffset realNow) => options switch
    {
        { Now: { } now } => new ShiftedTimeProvider(now.ToUniversalTime() - realNow),
        { OffsetDays: { } days } => new ShiftedTimeProvider(TimeSpan.FromDays(days)),
        _ => null,
    };
}
