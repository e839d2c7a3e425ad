using System.Globalization;
using System.Text.RegularExpressions;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// Stored texts (journal summaries, dossier history details) as people read them: without the variables the engine
/// appends as JSON for programs, with ISO dates written dd/MM/yyyy, UTC instants turned into La Paz time and periods
/// (P2Y) in words.
/// </summary>
public sealed partial class ReadableText(BusinessCalendar calendar)
{
    public string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var json = text.IndexOf('{');
        var words = (json >= 0 ? text[..json] : text).Trim();
        words = Instant().Replace(words, m => Moment(m.Value) ?? m.Value);
        words = IsoDay().Replace(words, m => $"{m.Groups[3].Value}/{m.Groups[2].Value}/{m.Groups[1].Value}");
        words = IsoPeriod().Replace(words, m => Labels.Period(m.Value));
        return words.Length == 0 ? null : words;
    }

    /// <summary>A UTC or offset instant in La Paz time, dd/MM/yyyy HH:mm; null when it is not one.</summary>
    public string? Moment(string iso)
    {
        var text = iso.EndsWith(" UTC", StringComparison.Ordinal) ? iso[..^4] + "Z" : iso;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Moment(at)
            : null;
    }

    public string Moment(DateTimeOffset at) => calendar.Local(at).ToString(ArchiveCulture.MomentFormat, ArchiveCulture.Spanish);

    /// <summary>The La Paz date of an instant, dd/MM/yyyy.</summary>
    public string Day(DateTimeOffset at) => calendar.Local(at).ToString(ArchiveCulture.DayFormat, ArchiveCulture.Spanish);

    /// <summary>The first instant the text mentions (e.g. a due date in a journal summary), in La Paz time.</summary>
    public string? FirstMoment(string? text) => text is not null && Instant().Match(text) is { Success: true } m ? Moment(m.Value) : null;

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: UTC|Z|[+-]\d{2}:\d{2})")]
    private static partial Regex Instant();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDay();

    /// <summary>A retention or correction period such as P2Y or P10D.</summary>
    [GeneratedRegex(@"\bP(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?\b")]
    private static partial Regex IsoPeriod();
}
