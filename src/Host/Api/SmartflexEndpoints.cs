using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class SmartflexEndpoints
{
    public static IEndpointRouteBuilder MapSmartflexEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/smartflex").WithTags("Smartflex").RequireAuthorization(Policies.Oversight);

        group.MapPost("/imports", ImportAsync)
            .WithSummary("Imports a Smartflex sales export (CSV, ',' or ';'): valid rows are added or updated by order number, bad rows are reported by line.")
            // One list: routing answers 415 to any other content type. Excel on Windows labels CSV files application/vnd.ms-excel.
            .Accepts<string>("text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream", "multipart/form-data")
            .RequireAuthorization(Policies.Archive);
        group.MapGet("/imports", HistoryAsync)
            .WithSummary("The latest " + SmartflexImportActions.HistoryLength + " imports, newest first: when, who, and how many rows were added, updated, unchanged and rejected.");
        group.MapGet("/reconciliation", ReconcileAsync)
            .WithSummary("Sales Smartflex recorded with a sale date in [from, to] (yyyy-MM-dd, at most 366 days) that have no dossier, by advisor, paged.");
        return app;
    }

    private static async Task<Ok<SmartflexImportReport>> ImportAsync(HttpRequest request, SmartflexImportActions imports, CancellationToken ct)
    {
        var user = CurrentActor.Require(request.HttpContext);
        return TypedResults.Ok(await imports.ImportAsync(await SmartflexCsvBody.ReadAsync(request, ct), user, ct));
    }

    private static async Task<Ok<IReadOnlyList<SmartflexImportHistoryView>>> HistoryAsync(SmartflexImportActions imports, CancellationToken ct) =>
        TypedResults.Ok(await imports.HistoryAsync(ct));

    private static async Task<Ok<ReconciliationReport>> ReconcileAsync(string? from, string? to, string? advisor, int? page, int? pageSize,
        ReconciliationReports reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.ReportAsync(from, to, advisor, page, pageSize, ct));
}
