using System.Security.Claims;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.DossierReaders);

        group.MapGet("/", async (string? orderNumber, string? customerDocument, string? name, string? advisor, string? from, string? to,
            string? status, string? location, int? page, int? pageSize, ClaimsPrincipal user, DossierSearch search, CancellationToken ct) =>
        {
            if (user.IsOnlyAdvisor()) advisor = user.AdvisorCodeOf() ?? "-";
            var criteria = new DossierSearchCriteria(orderNumber, customerDocument, name, advisor,
                QueryValues.Date(from, "from"), QueryValues.Date(to, "to"), QueryValues.Enum<DossierStatus>(status, "status"), location);
            return await Paging.PageAsync(await search.QueryAsync(criteria, ct), page, pageSize, DossierSummary.From, ct);
        }).WithSummary("Dossiers by order number, CI/NIT, customer-name prefix (accents and case ignored), advisor, sale dates (from/to), status or location (box code or text); by sale date.");

        group.MapGet("/{orderNumber}", async (string orderNumber, ClaimsPrincipal user, DossierFileReader files, CancellationToken ct) =>
        {
            var file = await files.ReadAsync(orderNumber, ct);
            if (user.IsOnlyAdvisor() && file.Dossier.AdvisorCode != user.AdvisorCodeOf())
                throw new AccessDeniedException($"Dossier {orderNumber} belongs to another advisor.");
            return DossierDetail.From(file);
        })
            .WithSummary("One dossier: checklist, returns, history, retrieval requests, location and custody, active legal holds, workflow instance.");

        return app;
    }
}
