using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Smartflex.Reconciliation;

namespace WorkflowArchive.Host.Application;

/// <summary>The reconciliation of Smartflex sales with the archive's dossiers, for the API and the Conciliación page alike.</summary>
public sealed class ReconciliationReports(SmartflexReconciliation reconciliation)
{
    /// <summary>Sales dated in [from, to] (yyyy-MM-dd) with no dossier: the count per advisor and one page of them.</summary>
    public async Task<ReconciliationReport> ReportAsync(string? from, string? to, string? advisor, int? page, int? pageSize,
        CancellationToken cancellationToken = default)
    {
        DateRange.EnsureInOrder(from, to);
        var period = ReconciliationPeriod.Parse(from, to);
        var salesInPeriod = await reconciliation.SalesInPeriodAsync(period, advisor, cancellationToken);
        var byAdvisor = await reconciliation.ByAdvisorAsync(period, advisor, cancellationToken);
        var missing = await Paging.PageAsync(reconciliation.WithoutDossier(period, advisor), page, pageSize, MissingDossierView.From, cancellationToken);
        return new ReconciliationReport(period.From, period.To, advisor, salesInPeriod, missing.Total, byAdvisor, missing);
    }
}
