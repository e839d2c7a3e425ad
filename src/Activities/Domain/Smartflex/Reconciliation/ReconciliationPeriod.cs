using System.Globalization;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Smartflex.Reconciliation;

/// <summary>The sale dates a reconciliation covers, both ends included; bounded so one report stays a reasonable query.</summary>
public sealed record ReconciliationPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static ReconciliationPeriod Parse(string? from, string? to)
    {
        var start = Date("from", from);
        var end = Date("to", to);
        if (start > end) throw new WorkflowValidationException(DomainTexts.PeriodReversed.With(start, end));
        var days = end.DayNumber - start.DayNumber + 1;
        if (days > MaxDays) throw new WorkflowValidationException(DomainTexts.PeriodTooLong.With(days, MaxDays));
        return new ReconciliationPeriod(start, end);
    }

    private static DateOnly Date(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new WorkflowValidationException(DomainTexts.DateRequired.With(name));
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new WorkflowValidationException(DomainTexts.DateInvalid.With(name, text));
    }
}
