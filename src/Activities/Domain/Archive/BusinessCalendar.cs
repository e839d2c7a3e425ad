using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Domain.Archive;

/// <summary>Counts working days in the division's time zone (weekends and configured holidays excluded).</summary>
public sealed class BusinessCalendar(ArchiveOptions options) : IWorkingCalendar
{
    private readonly TimeZoneInfo _zone = FindZone(options.TimeZone);
    private readonly HashSet<DateOnly> _holidays = [.. options.Holidays];

    /// <summary>The engine's business-day waits (<c>5BD</c>) count here: the archive's holidays and time zone.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days) => AddBusinessDays(start, days);

    public DateTimeOffset AddBusinessDays(DateTimeOffset start, int days)
    {
        var local = TimeZoneInfo.ConvertTime(start, _zone);
        var added = 0;
        while (added < days)
        {
            local = local.AddDays(1);
            if (IsWorkingDay(DateOnly.FromDateTime(local.DateTime))) added++;
        }
        return local.ToUniversalTime();
    }

    /// <summary>A retention or other period from a moment: its years, months and days count on the division's calendar.</summary>
    public DateTimeOffset Add(IsoDuration period, DateTimeOffset start) => period.AddTo(start, _zone);

    /// <summary>The end of the working day (18:00 local) of a date a person gave as a deadline.</summary>
    public DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(18, 0));
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Local midnight at the start of a day, as UTC: reports count a day as the division lives it, not as UTC does.</summary>
    public DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);

    /// <summary>The moment as the division's clocks show it, for people to read.</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);

    private bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>Bolivia has no daylight saving time, so a fixed UTC-4 is a faithful stand-in where tzdata is missing.</summary>
    private static TimeZoneInfo FindZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(-4), id, id); }
    }
}
