using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit/verify", async (AuditChainLinker linker, AuditChainVerifier verifier, CancellationToken ct) =>
            {
                // Entries saved in the last moments may not be linked yet: linked now, they are checked with the rest.
                await linker.LinkPendingAsync(ct);
                return await verifier.VerifyAsync(ct);
            })
            .WithTags("Audit")
            .RequireAuthorization(Policies.AuditVerification)
            .WithSummary("Links the entries saved since the last link, then walks the audit chain (each entry's SHA-256 covers its content and the previous entry's hash) and reports the first broken link: code, Spanish message and which entry.");
        app.MapGet("/api/audit/{objectType}/{objectId}", (string objectType, string objectId, AuditTrail trail, CancellationToken ct) =>
                trail.ForAsync(objectType, objectId, ct))
            .WithTags("Audit")
            .RequireAuthorization(Policies.Oversight)
            .WithSummary($"Every recorded change to one object, oldest first, with each property before and after. Types: {string.Join(", ", AuditTrail.AuditedTypeNames)}.");
        return app;
    }
}
