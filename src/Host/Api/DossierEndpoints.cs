using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
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
        }).WithSummary("Dossiers by order number (or its trailing digits), CI/NIT (with or without extension), a prefix of any word of the customer's name (accents and case ignored), advisor, channel (Plataforma, Zonal, Mezzanine), sale dates (from/to), status or location (box code or text); by sale date.");

        group.MapGet("/{orderNumber}", (string orderNumber, ClaimsPrincipal user, DossierQueries dossiers, CancellationToken ct) =>
            dossiers.ReadAsync(orderNumber, user, ct))
            .WithSummary("One dossier: checklist, returns, history, retrieval requests, location and custody, active legal holds, workflow instance.");

        group.MapPost("/{orderNumber}/advisor", CorrectAdvisor).RequireAuthorization(Policies.Archive)
            .WithSummary("Gives the dossier to another advisor, with the reason (audited); its open advisor tasks go to the new advisor.");

        return app;
    }

    private static async Task<Ok<AdvisorCorrectionView>> CorrectAdvisor(string orderNumber, AdvisorCorrectionRequest body, HttpContext http,
        AdvisorCorrection correction, CancellationToken ct) =>
        TypedResults.Ok(await correction.CorrectAsync(orderNumber, body, CurrentActor.Require(http), ct));
}
