using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit/{objectType}/{objectId}", (string objectType, string objectId, AuditTrail trail, CancellationToken ct) =>
                trail.ForAsync(objectType, objectId, ct))
            .WithTags("Audit")
            .RequireAuthorization(Policies.Oversight)
            .WithSummary($"Every recorded change to one object, oldest first, with each property before and after. Types: {string.Join(", ", AuditTrail.AuditedTypeNames)}.");
        return app;
    }
}
