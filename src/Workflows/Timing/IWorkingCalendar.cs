namespace WorkflowArchive.Workflows.Timing;

/// <summary>
/// Which days are working days. The engine counts business-day waits (<c>5BD</c>) with it; the host puts the archive's
/// calendar (its holidays and time zone) in place of the weekday-only default.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The same time of day, <paramref name="days"/> working days after <paramref name="start"/>.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset start, int days);
}

/// <summary>Monday to Friday in the clock's local zone: the engine's calendar when the host knows no holidays.</summary>
public sealed class WeekdayCalendar(TimeProvider time) : IWorkingCalendar
{
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        var zone = time.LocalTimeZone;
        var wall = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        for (var added = 0; added < days;)
        {
            wall = wall.AddDays(1);
            if (wall.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) added++;
        }
        return ZonedWallClock.ToInstant(wall, zone).ToUniversalTime();
    }
}
