namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// What the Monitora de Retención follows: the procedure's indicator (over the period, by month and by requesting
/// unit) and the period's review and return figures,
/// plus two snapshots taken at <see cref="ComputedAt"/> (transfers coming up, tasks overdue) that do not depend on the period.
/// </summary>
public sealed record IndicatorReport(
    DateOnly From,
    DateOnly To,
    DateTimeOffset ComputedAt,
    RetrievalIndicator Retrieval,
    IReadOnlyList<RetrievalByMonth> RetrievalByMonth,
    IReadOnlyList<RetrievalByUnit> RetrievalByUnit,
    FirstPassIndicator FirstPass,
    IReadOnlyList<AdvisorReturns> ReturnsByAdvisor,
    CorrectionTime CorrectionTime,
    TransferOutlook DueForTransfer,
    OverdueTasks OverdueTasks);
