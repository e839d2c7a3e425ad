using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Printing;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Paper and spreadsheets: box stickers, dossier cover sheets, return slips, the remisión's ADM-ARC-P01, the indicator
/// report (PDF), and .xlsx exports of searches, remisiones and the indicator's breakdown. Each is readable by whoever
/// reads the data it prints, under the same policy as the JSON endpoint.
/// </summary>
public static class PaperEndpoints
{
    private const string Pdf = "application/pdf";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapPaperEndpoints(this IEndpointRouteBuilder app)
    {
        var archive = app.MapGroup("/api/archive").WithTags("Paper").RequireAuthorization(Policies.Oversight);
        archive.MapGet("/boxes/{code}/label.pdf", BoxLabelAsync).WithSummary("A box's sticker (99,1 × 38,1 mm): code as Code128, place, classification, retention year.");
        archive.MapGet("/labels.pdf", LabelSheetAsync).WithSummary("Stickers of every box on a shelf (or all boxes) on A4 sheets of 2 × 7 labels (99,1 × 38,1 mm).");

        var dossiers = app.MapGroup("/api/dossiers").WithTags("Paper").RequireAuthorization(Policies.DossierReaders);
        dossiers.MapGet("/export.xlsx", DossierExportAsync).WithSummary("Every dossier the search finds (same filters as GET /api/dossiers), as .xlsx.");
        dossiers.MapGet("/{orderNumber}/cover.pdf", CoverAsync).WithSummary("The dossier's cover sheet: order number as Code128, customer, service, advisor, box and position, retention.");
        dossiers.MapGet("/{orderNumber}/returns/{number}/slip.pdf", ReturnSlipAsync).WithSummary("A return's slip: what is missing, reason, deadline, signatures.");

        var manifests = app.MapGroup("/api/manifests").WithTags("Paper").RequireAuthorization(Policies.Oversight);
        manifests.MapGet("/{number}/document.pdf", RemisionAsync).WithSummary("The remisión as the ADM-ARC-P01 hand-over, with an annex of its dossiers.");
        manifests.MapGet("/{number}/dossiers.xlsx", RemisionExportAsync).WithSummary("The remisión's dossiers as .xlsx.");

        var indicators = app.MapGroup("/api/indicators").WithTags("Paper").RequireAuthorization(Policies.Oversight);
        indicators.MapGet("/report.pdf", IndicatorPdfAsync).WithSummary("The indicator report of a period (from/to, yyyy-MM-dd) as PDF.");
        indicators.MapGet("/breakdown.xlsx", IndicatorXlsxAsync).WithSummary("The indicator's breakdown of a period (by month, unit, advisor) as .xlsx.");
        return app;
    }

    private static async Task<FileContentHttpResult> BoxLabelAsync(string code, PaperSources sources, CancellationToken ct) =>
        TypedResults.File(BoxLabelPdf.Single(await sources.BoxLabelAsync(code, ct)), Pdf, $"etiqueta-{code}.pdf");

    private static async Task<FileContentHttpResult> LabelSheetAsync(string? shelf, PaperSources sources, CancellationToken ct)
    {
        var labels = await sources.ShelfLabelsAsync(shelf, ct);
        var name = string.IsNullOrWhiteSpace(shelf) ? "etiquetas.pdf" : $"etiquetas-{shelf.Trim()}.pdf";
        return TypedResults.File(BoxLabelPdf.Sheet("Etiquetas de cajas", labels), Pdf, name);
    }

    private static async Task<FileContentHttpResult> DossierExportAsync(string? orderNumber, string? customerDocument, string? name, string? advisor,
        string? from, string? to, string? status, string? location, string? channel, ClaimsPrincipal user, PaperSources sources, CancellationToken ct)
    {
        DateRange.EnsureInOrder(from, to);
        var criteria = new DossierSearchCriteria(orderNumber, customerDocument, name, advisor,
            QueryValues.Date(from, "from"), QueryValues.Date(to, "to"), QueryValues.Enum<DossierStatus>(status, "status"), location,
            QueryValues.Enum<AdvisorChannel>(channel, "channel"));
        var found = await sources.AllMatchesAsync(criteria, user, ct);
        return TypedResults.File(DossierSearchXlsx.Build(found, sources.Dates), Xlsx, "expedientes.xlsx");
    }

    private static async Task<FileContentHttpResult> CoverAsync(string orderNumber, ClaimsPrincipal user, DossierQueries dossiers, PaperSources sources,
        TimeProvider time, CancellationToken ct) =>
        TypedResults.File(DossierCoverPdf.Build(await dossiers.ReadAsync(orderNumber, user, ct), sources.Dates, time.GetUtcNow()), Pdf,
            $"caratula-{orderNumber}.pdf");

    private static async Task<FileContentHttpResult> ReturnSlipAsync(string orderNumber, int number, ClaimsPrincipal user, PaperSources sources,
        TimeProvider time, CancellationToken ct)
    {
        var (detail, slip) = await sources.ReturnAsync(orderNumber, number, user, ct);
        return TypedResults.File(ReturnSlipPdf.Build(detail, slip, sources.Dates, time.GetUtcNow()), Pdf, $"devolucion-{orderNumber}-{number}.pdf");
    }

    private static async Task<FileContentHttpResult> RemisionAsync(string number, ManifestQueries manifests, PaperSources sources, TimeProvider time,
        CancellationToken ct)
    {
        var view = await manifests.ReadAsync(number, ct);
        var box = await sources.BoxCodeAsync(view.Manifest.BoxId, ct);
        return TypedResults.File(RemisionPdf.Build(view, box, sources.Dates, time.GetUtcNow()), Pdf, $"remision-{number}.pdf");
    }

    private static async Task<FileContentHttpResult> RemisionExportAsync(string number, ManifestQueries manifests, PaperSources sources, CancellationToken ct)
    {
        var view = await manifests.ReadAsync(number, ct);
        return TypedResults.File(RemisionXlsx.Build(view, await sources.BoxCodeAsync(view.Manifest.BoxId, ct)), Xlsx, $"remision-{number}.xlsx");
    }

    private static async Task<FileContentHttpResult> IndicatorPdfAsync(string? from, string? to, ProcedureIndicators indicators, PaperSources sources,
        CancellationToken ct) =>
        TypedResults.File(IndicatorReportPdf.Build(await ReportAsync(from, to, indicators, ct), sources.Dates), Pdf, $"indicadores-{from}-{to}.pdf");

    private static async Task<FileContentHttpResult> IndicatorXlsxAsync(string? from, string? to, ProcedureIndicators indicators, PaperSources sources,
        CancellationToken ct) =>
        TypedResults.File(IndicatorXlsx.Build(await ReportAsync(from, to, indicators, ct), sources.Dates), Xlsx, $"indicadores-{from}-{to}.xlsx");

    private static Task<IndicatorReport> ReportAsync(string? from, string? to, ProcedureIndicators indicators, CancellationToken ct)
    {
        DateRange.EnsureInOrder(from, to);
        return indicators.ComputeAsync(QueryValues.RequiredDate(from, "from"), QueryValues.RequiredDate(to, "to"), ct);
    }
}
