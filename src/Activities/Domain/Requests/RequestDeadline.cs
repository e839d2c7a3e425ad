using WorkflowArchive.Domain.Archive;

namespace WorkflowArchive.Domain.Requests;

/// <summary>
/// When a request must be answered: the end of the working day the requester gave (18:00 in La Paz), or the configured
/// number of business days after it was made. Registration and the indicator both use this, so they agree.
/// </summary>
public static class RequestDeadline
{
    public static DateTimeOffset Of(DateOnly? dueDate, DateTimeOffset requestedAt, BusinessCalendar calendar, ArchiveOptions options) =>
        dueDate is { } due ? calendar.EndOfDay(due) : calendar.AddBusinessDays(requestedAt, options.RequestBusinessDays);
}
