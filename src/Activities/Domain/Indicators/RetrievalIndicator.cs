namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// The procedure's indicator (III.2): documentation recovered x 100 / documentation requested, over the retrieval
/// requests registered in the period. Requests not found and requests still waiting count as requested, not recovered.
/// </summary>
public sealed record RetrievalIndicator(int Requested, int Recovered, int NotFound, int Pending, decimal? Percentage, string Verdict)
{
    public const int ApprovalThreshold = 99;
    public const string Approved = "Aprobado";
    public const string Observed = "Observado";
    public const string NoRequests = "Sin solicitudes";

    public static RetrievalIndicator From(int requested, int recovered, int notFound)
    {
        // Integer comparison: the parameter is "mayor o igual a 99 %", exactly, with no rounding at the edge.
        var verdict = requested == 0 ? NoRequests : recovered * 100 >= requested * ApprovalThreshold ? Approved : Observed;
        return new RetrievalIndicator(requested, recovered, notFound, requested - recovered - notFound, Percent.Of(recovered, requested), verdict);
    }
}
