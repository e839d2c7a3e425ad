using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// The days a report covers, both included, as the division counts them: from local midnight of <see cref="From"/>
/// (<see cref="Start"/>) up to, not including, local midnight after <see cref="To"/> (<see cref="End"/>).
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>A year at a time, as the reconciliation: one report stays a reasonable query, and no end runs off the calendar.</summary>
    public const int MaxDays = 366;

    public static ReportingPeriod Of(DateOnly from, DateOnly to, BusinessCalendar calendar)
    {
        if (from > to) throw new WorkflowValidationException(DomainTexts.PeriodReversed.With(from, to));
        var days = to.DayNumber - from.DayNumber + 1;
        if (days > MaxDays) throw new WorkflowValidationException(DomainTexts.PeriodTooLong.With(days, MaxDays));
        return new ReportingPeriod(from, to, calendar.StartOfDay(from), calendar.StartOfDay(to.AddDays(1)));
    }
}
