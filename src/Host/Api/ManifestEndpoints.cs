using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Step 11: remisiones to the Condebamba archive: prepared, sent with who carried them, received under Condebamba's receipt.</summary>
public static class ManifestEndpoints
{
    public static IEndpointRouteBuilder MapManifestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/manifests").WithTags("Transfers").RequireAuthorization(Policies.Oversight);

        group.MapGet("/", (ManifestStatus? status, ManifestQueries manifests, CancellationToken ct) => manifests.ListAsync(status, ct));

        group.MapGet("/{number}", (string number, ManifestQueries manifests, CancellationToken ct) => manifests.ReadAsync(number, ct));

        group.MapPost("/{number}/dispatch", (string number, DispatchInput body, HttpContext http, ManifestActions actions, CancellationToken ct) =>
                actions.SendAsync(number, body, http.User, ct))
            .RequireAuthorization(Policies.Archive)
            .WithSummary("Records that the prepared remisión left for Condebamba, with who carried it; no dossier joins it afterwards.");

        group.MapPost("/{number}/reception", (string number, ReceptionInput body, HttpContext http, ManifestActions actions, CancellationToken ct) =>
                actions.ConfirmReceptionAsync(number, body, http.User, ct))
            .RequireAuthorization(Policies.Archive)
            .WithSummary("Records Condebamba's receipt (ADM-ARC-P01) for the whole sent remisión: custody of its dossiers passes to Condebamba. " +
                "With boxMissing the box is reported as not arrived: custody does not change and the remisión shows it.");
        return app;
    }
}
