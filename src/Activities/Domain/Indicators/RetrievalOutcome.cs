using WorkflowArchive.Domain.Requests;

namespace WorkflowArchive.Domain.Indicators;

/// <summary>How one request stands for the indicator (III.2, "otorgada oportunamente según requerimiento").</summary>
public enum RetrievalOutcome
{
    /// <summary>Delivered on or before its deadline: the only recovery the indicator counts.</summary>
    OnTime,

    /// <summary>Delivered after its deadline: measured, not recovered.</summary>
    Late,

    /// <summary>Recorded as not found: measured, not recovered.</summary>
    NotFound,

    /// <summary>Not answered and past its deadline: measured, not recovered.</summary>
    Overdue,

    /// <summary>Not answered and still within its deadline: its outcome is not known yet, so it is not measured.</summary>
    Pending,
}

public static class RetrievalOutcomes
{
    /// <summary>
    /// Deadlines are instants (18:00 La Paz of the due date, or business days after the request): delivered at the
    /// deadline is on time. Registration always writes a deadline; a row without one has nothing to be late for.
    /// </summary>
    public static RetrievalOutcome Of(RetrievalStatus status, DateTimeOffset? dueAt, DateTimeOffset? resolvedAt, DateTimeOffset now) => status switch
    {
        RetrievalStatus.Recovered => dueAt is null || resolvedAt is null || resolvedAt <= dueAt ? RetrievalOutcome.OnTime : RetrievalOutcome.Late,
        RetrievalStatus.NotFound => RetrievalOutcome.NotFound,
        _ => dueAt is { } due && due < now ? RetrievalOutcome.Overdue : RetrievalOutcome.Pending,
    };
}
