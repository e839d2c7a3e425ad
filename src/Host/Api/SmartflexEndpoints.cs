using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Domain.Smartflex.Reconciliation;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Api;

public static class SmartflexEndpoints
{
    public static IEndpointRouteBuilder MapSmartflexEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/smartflex").WithTags("Smartflex").RequireAuthorization(Policies.Oversight);

        group.MapPost("/imports", async (HttpRequest request, SmartflexImporter importer, ProblemTexts texts, CancellationToken ct) =>
        {
            var user = CurrentActor.Require(request.HttpContext);
            return SmartflexImportReport.From(await importer.ImportAsync(await SmartflexCsvBody.ReadAsync(request, ct), user, ct), texts);
        }).WithSummary("Imports a Smartflex sales export (CSV, ',' or ';'): valid rows are added or updated by order number, bad rows are reported by line.")
          // One list: routing answers 415 to any other content type. Excel on Windows labels CSV files application/vnd.ms-excel.
          .Accepts<string>("text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream", "multipart/form-data")
          .RequireAuthorization(Policies.Archive);

        group.MapGet("/reconciliation", async (string? from, string? to, string? advisor, int? page, int? pageSize,
            SmartflexReconciliation reconciliation, CancellationToken ct) =>
        {
            DateRange.EnsureInOrder(from, to);
            var period = ReconciliationPeriod.Parse(from, to);
            var salesInPeriod = await reconciliation.SalesInPeriodAsync(period, advisor, ct);
            var byAdvisor = await reconciliation.ByAdvisorAsync(period, advisor, ct);
            var missing = await Paging.PageAsync(reconciliation.WithoutDossier(period, advisor), page, pageSize, MissingDossierView.From, ct);
            return new ReconciliationReport(period.From, period.To, advisor, salesInPeriod, missing.Total, byAdvisor, missing);
        }).WithSummary("Sales Smartflex recorded with a sale date in [from, to] (yyyy-MM-dd, at most 366 days) that have no dossier, by advisor, paged.");

        return app;
    }
}
