using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>9.2: how long each class of dossier (service) stays in the division's archive, and changing it.</summary>
public static class RetentionEndpoints
{
    public static IEndpointRouteBuilder MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        var retention = app.MapGroup("/api/archive/retention").WithTags("Archive").RequireAuthorization(Policies.Oversight);

        retention.MapGet("/", async (ArchiveDbContext db, ArchiveOptions options, CancellationToken ct) =>
        {
            var policies = await db.Set<RetentionPolicy>().AsNoTracking().ToDictionaryAsync(p => p.ServiceCode, ct);
            var services = await db.Set<ServiceType>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
            return services.Select(s => policies.TryGetValue(s.Code, out var p)
                ? new RetentionView(s.Code, s.Name, p.Period, true, p.ChangedAt, p.ChangedBy)
                : new RetentionView(s.Code, s.Name, options.RetentionFor(s.Code), false, null, null)).ToList();
        }).WithSummary("The retention period in force for each service: set through this API, else configured (Archive:RetentionByService, Archive:DefaultRetentionPeriod).");

        retention.MapPut("/{serviceCode}", (string serviceCode, RetentionInput body, HttpContext http, RetentionChange change, CancellationToken ct) =>
                change.SetAsync(serviceCode, body.Period ?? "", CurrentActor.Require(http), ct))
            .RequireAuthorization(Policies.ProcessOwner)
            .WithSummary("Sets a service's retention period (ISO-8601, e.g. P3Y) and, in the same transaction, reschedules the pending retention " +
                "timers of its archived dossiers to archivedAt + the new period (a date already past fires at the next sweep). Audited.");
        return app;
    }
}
