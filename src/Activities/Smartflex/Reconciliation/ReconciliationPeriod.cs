using System.Globalization;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Activities.Smartflex.Reconciliation;

/// <summary>The sale dates a reconciliation covers, both ends included; bounded so one report stays a reasonable query.</summary>
public sealed record ReconciliationPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static ReconciliationPeriod Parse(string? from, string? to)
    {
        var start = Date("from", from);
        var end = Date("to", to);
        if (start > end) throw new WorkflowValidationException($"The period is reversed: from {start:yyyy-MM-dd} is after to {end:yyyy-MM-dd}.");
        var days = end.DayNumber - start.DayNumber + 1;
        if (days > MaxDays) throw new WorkflowValidationException($"The period spans {days} days; ask for at most {MaxDays} days at a time.");
        return new ReconciliationPeriod(start, end);
    }

    private static DateOnly Date(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new WorkflowValidationException($"'{name}' is required: a sale date written yyyy-MM-dd.");
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new WorkflowValidationException($"'{name}' ('{text}') is not a date written yyyy-MM-dd.");
    }
}
