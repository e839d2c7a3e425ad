using System.Globalization;
using System.Text.RegularExpressions;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Timing;

/// <summary>
/// An ISO-8601 duration kept as calendar parts, so P2Y from 2027-06-01 lands on 2029-06-01
/// (XmlConvert.ToTimeSpan would turn years into 365-day blocks and drift). Calendar parts count in a time zone's
/// dates (<see cref="AddTo"/>), never in UTC's: the archive's dates are La Paz dates.
/// </summary>
public sealed partial record IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, decimal Seconds)
{
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim().EndsWith('T')) return false;
        if (!Enumerable.Range(1, 7).Any(i => match.Groups[i].Success)) return false;

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups[7].Success ? decimal.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0m;
        duration = new IsoDuration(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), seconds);
        return true;
    }

    public static IsoDuration Parse(string text) => TryParse(text, out var duration)
        ? duration
        : throw new WorkflowValidationException(EngineTexts.DurationInvalid.With(text));

    /// <summary>
    /// Calendar parts (years, months, weeks, days) move the wall clock of <paramref name="zone"/>, as a person counts:
    /// P1Y from 28 Feb 20:30 in La Paz is 28 Feb 20:30 a year later, whatever date UTC shows. Clock parts (hours,
    /// minutes, seconds) then add exact elapsed time, so PT36H is always 36 hours.
    /// </summary>
    public DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone)
    {
        var afterCalendar = start;
        if (Years != 0 || Months != 0 || Weeks != 0 || Days != 0)
        {
            var wall = TimeZoneInfo.ConvertTime(start, zone).DateTime
                .AddYears(Years).AddMonths(Months).AddDays(Weeks * 7 + Days);
            afterCalendar = ZonedWallClock.ToInstant(wall, zone);
        }
        return afterCalendar.ToUniversalTime()
            .AddHours(Hours)
            .AddMinutes(Minutes)
            .AddTicks((long)(Seconds * TimeSpan.TicksPerSecond));
    }

    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex Pattern();
}
