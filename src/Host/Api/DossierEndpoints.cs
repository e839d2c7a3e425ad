using WorkflowArchive.Activities.Dossiers;

namespace WorkflowArchive.Host.Api;

public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dossiers").WithTags("Dossiers");

        group.MapGet("/", async (string? orderNumber, string? customerDocument, string? name, string? advisor, string? from, string? to,
            string? status, string? location, int? page, int? pageSize, DossierSearch search, CancellationToken ct) =>
        {
            var criteria = new DossierSearchCriteria(orderNumber, customerDocument, name, advisor,
                QueryValues.Date(from, "from"), QueryValues.Date(to, "to"), QueryValues.Enum<DossierStatus>(status, "status"), location);
            return await Paging.PageAsync(search.Query(criteria), page, pageSize, DossierSummary.From, ct);
        }).WithSummary("Dossiers by order number, CI/NIT, customer-name prefix (accents and case ignored), advisor, sale dates (from/to), status or location (box code or text); by sale date.");

        group.MapGet("/{orderNumber}", async (string orderNumber, DossierFileReader files, CancellationToken ct) =>
            DossierDetail.From(await files.ReadAsync(orderNumber, ct)))
            .WithSummary("One dossier: checklist, returns, history, retrieval requests, location and custody, active legal holds, workflow instance.");

        return app;
    }
}
