namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// The procedure's indicator (III.2): requests recovered x 100 / requests measured. Recovered means complete
/// documentation delivered on or before the request's deadline (<see cref="OnTime"/>). Measured is every request of the
/// period whose outcome is known: on time, late, not found, or unanswered past its deadline (<see cref="Overdue"/>),
/// including requests whose registration failed (<see cref="Unregistered"/>, also counted in Overdue or Pending).
/// Requests still within their deadline (<see cref="Pending"/>) are shown but not measured: they have not failed yet,
/// and counting them would turn a month Observado only because requests arrived on its last day. Once their deadline
/// passes they are measured, so a figure that has pending requests may still go down.
/// </summary>
public sealed record RetrievalIndicator(
    int Requests, int Measured, int OnTime, int Late, int NotFound, int Overdue, int Pending, int Unregistered, decimal? Percentage, string Verdict)
{
    public const int ApprovalThreshold = 99;
    public const string Approved = "Aprobado";
    public const string Observed = "Observado";
    public const string NoRequests = "Sin solicitudes";
    public const string NothingDueYet = "Sin solicitudes vencidas";

    public static RetrievalIndicator Of(IReadOnlyCollection<RetrievalOutcome> outcomes, int unregistered)
    {
        int Count(RetrievalOutcome outcome) => outcomes.Count(o => o == outcome);
        var onTime = Count(RetrievalOutcome.OnTime);
        var pending = Count(RetrievalOutcome.Pending);
        var measured = outcomes.Count - pending;
        // Integer comparison: the parameter is "mayor o igual a 99 %", exactly, with no rounding at the edge.
        var verdict = outcomes.Count == 0 ? NoRequests
            : measured == 0 ? NothingDueYet
            : onTime * 100 >= measured * ApprovalThreshold ? Approved : Observed;
        return new RetrievalIndicator(outcomes.Count, measured, onTime, Count(RetrievalOutcome.Late), Count(RetrievalOutcome.NotFound),
            Count(RetrievalOutcome.Overdue), pending, unregistered, Percent.Of(onTime, measured), verdict);
    }
}

/// <summary>The indicator of the requests made in one La Paz calendar month of the period (<see cref="Month"/> is yyyy-MM).</summary>
public sealed record RetrievalByMonth(string Month, RetrievalIndicator Indicator);

/// <summary>The indicator of the requests one unit made in the period; <see cref="Unit"/> is null when the requester named none.</summary>
public sealed record RetrievalByUnit(string? Unit, RetrievalIndicator Indicator);
