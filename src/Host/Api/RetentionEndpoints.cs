using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>9.2: how long each class of dossier (service) stays in the division's archive, and changing it.</summary>
public static class RetentionEndpoints
{
    public static IEndpointRouteBuilder MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        var retention = app.MapGroup("/api/archive/retention").WithTags("Archive").RequireAuthorization(Policies.Oversight);

        retention.MapGet("/", (RetentionQueries retentions, CancellationToken ct) => retentions.ListAsync(ct))
            .WithSummary("The retention period in force for each service: set through this API, else configured (Archive:RetentionByService, Archive:DefaultRetentionPeriod).");

        retention.MapPut("/{serviceCode}", (string serviceCode, RetentionInput body, HttpContext http, RetentionChange change, CancellationToken ct) =>
                change.SetAsync(serviceCode, body.Period ?? "", CurrentActor.Require(http), ct))
            .RequireAuthorization(Policies.ProcessOwner)
            .WithSummary("Sets a service's retention period (ISO-8601, e.g. P3Y) and, in the same transaction, reschedules the pending retention " +
                "timers of its archived dossiers to archivedAt + the new period (a date already past fires at the next sweep). Audited.");
        return app;
    }
}
