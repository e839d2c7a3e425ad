using System.Globalization;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>A range of days given as from/to: a reversed one is refused with a code rather than answered with nothing.</summary>
public static class DateRange
{
    public static IEnumerable<FieldError> Check(DateOnly? from, DateOnly? to, string toField)
    {
        if (from is { } start && to is { } end && start > end)
            yield return new FieldError(toField, FormTexts.DateRangeReversed.With(start, end));
    }

    /// <summary>422 on <paramref name="toField"/> when <paramref name="from"/> is after <paramref name="to"/>; either may be open.</summary>
    public static void EnsureInOrder(DateOnly? from, DateOnly? to, string toField = "to") => Check(from, to, toField).ToList().ThrowIfAny();

    /// <summary>The same, for a query's texts: a date that does not read as yyyy-MM-dd is left to the query's own checks, which say how to write it.</summary>
    public static void EnsureInOrder(string? from, string? to, string toField = "to") => EnsureInOrder(Day(from), Day(to), toField);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), FormValues.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
