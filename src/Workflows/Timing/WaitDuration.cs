using System.Globalization;
using System.Text.RegularExpressions;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Timing;

/// <summary>
/// How long a user task may stay open (<c>wa:dueDate</c>) or a timer waits (<c>timeDuration</c>): an ISO-8601 duration
/// (P10D calendar days, PT4H hours; older files) or, our extension, whole business days written <c>5BD</c>
/// (días hábiles: weekends and the archive's holidays do not count). An expression may give either at run time.
/// </summary>
public abstract partial record WaitDuration
{
    /// <summary>No procedure's term comes near this; a bigger number is a typing slip.</summary>
    public const int MaxBusinessDays = 1000;

    /// <summary>The moment the wait ends when it starts at <paramref name="start"/>.</summary>
    public abstract DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone, IWorkingCalendar calendar);

    /// <summary>The canonical text, as the designer writes it: equal texts mean equal waits.</summary>
    public abstract string Text { get; }

    public static bool TryParse(string? text, out WaitDuration wait) => Read(text, out wait) is null;

    /// <summary>Why <paramref name="text"/> is not a wait this engine runs, or null when it is one.</summary>
    public static Text? Problem(string? text) => Read(text, out _);

    private static Text? Read(string? text, out WaitDuration wait)
    {
        wait = null!;
        var trimmed = text?.Trim() ?? "";
        var business = BusinessDaysPattern().Match(trimmed);
        if (business.Success)
        {
            if (!int.TryParse(business.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > MaxBusinessDays)
                return EngineTexts.BusinessDaysOutOfRange.With(trimmed, MaxBusinessDays);
            wait = new BusinessDays(days);
            return null;
        }
        if (IsoDuration.Problem(trimmed) is { } problem) return problem;
        wait = new Calendar(IsoDuration.Parse(trimmed), trimmed);
        return null;
    }

    /// <summary>An ISO-8601 duration: calendar parts in the zone's dates, clock parts as elapsed time.</summary>
    public sealed record Calendar(IsoDuration Duration, string Written) : WaitDuration
    {
        public override string Text => Written;
        public override DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone, IWorkingCalendar calendar) => Duration.AddTo(start, zone);
    }

    /// <summary>Whole working days, at the same time of day.</summary>
    public sealed record BusinessDays(int Days) : WaitDuration
    {
        public override string Text => $"{Days}BD";
        public override DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone, IWorkingCalendar calendar) => calendar.AddWorkingDays(start, Days);
    }

    [GeneratedRegex(@"^(\d+)\s*BD$", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessDaysPattern();
}
