namespace WorkflowArchive.Host.Startup;

/// <summary>
/// The service's clock with the archive's time zone as its local zone, so "today" and "now" (TimeProvider.GetLocalNow,
/// MudBlazor's date pickers, batch numbers) are La Paz dates whatever zone the server runs in.
/// </summary>
public sealed class ArchiveClock(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Bolivia has no daylight saving time, so a fixed UTC-4 stands in where tzdata is missing (as BusinessCalendar does).</summary>
    public static TimeZoneInfo Zone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(-4), id, id); }
    }
}
