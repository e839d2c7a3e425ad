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
    /// <summary>
    /// No procedure's term reaches a century; a longer one (P9999Y, P99999999999Y) cannot be dated reliably (it runs
    /// past DateTimeOffset.MaxValue or overflows), so it is not a duration this engine accepts.
    /// </summary>
    public const int MaxYears = 100;

    public static bool TryParse(string? text, out IsoDuration duration) => Read(text, out duration) is null;

    public static IsoDuration Parse(string text) => Read(text, out var duration) is { } problem
        ? throw new WorkflowValidationException(problem)
        : duration;

    /// <summary>Why <paramref name="text"/> is not an acceptable duration, or null when it is one.</summary>
    public static Text? Problem(string? text) => Read(text, out _);

    private static Text? Read(string? text, out IsoDuration duration)
    {
        duration = null!;
        var invalid = EngineTexts.DurationInvalid.With(text);
        if (string.IsNullOrWhiteSpace(text)) return invalid;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim().EndsWith('T')) return invalid;
        if (!Enumerable.Range(1, 7).Any(i => match.Groups[i].Success)) return invalid;

        // Decimal (28 digits) before int, so a huge number is "too long", never an overflow.
        decimal Part(int group) => !match.Groups[group].Success ? 0m
            : decimal.TryParse(match.Groups[group].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : decimal.MaxValue;
        var parts = Enumerable.Range(1, 7).Select(Part).ToArray();
        var days = parts[0] * 366m + parts[1] * 31m + parts[2] * 7m + parts[3] + parts[4] / 24m + parts[5] / 1440m + parts[6] / 86400m;
        if (parts.Contains(decimal.MaxValue) || days > MaxYears * 366m) return EngineTexts.DurationTooLong.With(text, MaxYears);
        duration = new IsoDuration((int)parts[0], (int)parts[1], (int)parts[2], (int)parts[3], (int)parts[4], (int)parts[5], parts[6]);
        return null;
    }

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
