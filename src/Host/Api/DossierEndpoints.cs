using System.Security.Claims;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.DossierReaders);

        group.MapGet("/", async (string? orderNumber, string? customerDocument, string? name, string? advisor, string? from, string? to,
            string? status, string? location, string? channel, int? page, int? pageSize, ClaimsPrincipal user, DossierQueries dossiers, CancellationToken ct) =>
        {
            DateRange.EnsureInOrder(from, to);
            var criteria = new DossierSearchCriteria(orderNumber, customerDocument, name, advisor,
                QueryValues.Date(from, "from"), QueryValues.Date(to, "to"), QueryValues.Enum<DossierStatus>(status, "status"), location,
                QueryValues.Enum<AdvisorChannel>(channel, "channel"));
            return await dossiers.SearchAsync(criteria, user, page, pageSize, ct);
        }).WithSummary("Dossiers by order number, CI/NIT, customer-name prefix (accents and case ignored), advisor, channel (Plataforma, Zonal, Mezzanine), sale dates (from/to), status or location (box code or text); by sale date.");

        group.MapGet("/{orderNumber}", (string orderNumber, ClaimsPrincipal user, DossierQueries dossiers, CancellationToken ct) =>
            dossiers.ReadAsync(orderNumber, user, ct))
            .WithSummary("One dossier: checklist, returns, history, retrieval requests, location and custody, active legal holds, workflow instance.");

        return app;
    }
}
