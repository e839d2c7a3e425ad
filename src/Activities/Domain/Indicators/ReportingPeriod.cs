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
    public static ReportingPeriod Of(DateOnly from, DateOnly to, BusinessCalendar calendar) => from <= to
        ? new ReportingPeriod(from, to, calendar.StartOfDay(from), calendar.StartOfDay(to.AddDays(1)))
        : throw new WorkflowValidationException(DomainTexts.PeriodReversed.With(from, to));
}
