using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Activities.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

public sealed record ReceptionInput(string ReceiptNumber);

public sealed record ManifestView(TransferManifest Manifest, IReadOnlyList<BatchDossierView> Dossiers);

/// <summary>Step 11: remisiones to the Condebamba archive and the reception receipt that closes them.</summary>
public static class ManifestEndpoints
{
    public static IEndpointRouteBuilder MapManifestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/manifests").WithTags("Transfers").RequireAuthorization(Policies.Oversight);

        group.MapGet("/", async (ManifestStatus? status, ArchiveDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<TransferManifest>().AsNoTracking();
            if (status is not null) query = query.Where(m => m.Status == status);
            return await query.OrderByDescending(m => m.CreatedAt).ToListAsync(ct);
        });

        group.MapGet("/{number}", async (string number, ArchiveDbContext db, CancellationToken ct) =>
        {
            var manifest = await FindAsync(db, number, ct);
            var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => d.ManifestId == manifest.Id).OrderBy(d => d.Position).ToListAsync(ct);
            return new ManifestView(manifest, dossiers.Select(d => new BatchDossierView(d.OrderNumber, d.CustomerName, d.Status.ToString(), d.InstanceId)).ToList());
        });

        group.MapPost("/{number}/reception", async (string number, ReceptionInput body, HttpContext http, ArchiveDbContext db,
            ManifestReception reception, CancellationToken ct) =>
        {
            var manifest = await FindAsync(db, number, ct);
            var confirmed = await reception.ConfirmAsync(manifest.Id, body.ReceiptNumber, CurrentActor.Require(http), ct);
            return new { manifest.Number, Confirmed = confirmed, body.ReceiptNumber };
        }).RequireAuthorization(Policies.Archive).WithSummary("Records Condebamba's receipt (ADM-ARC-P01) for the whole remisión: custody of its dossiers passes to Condebamba.");
        return app;
    }

    private static async Task<TransferManifest> FindAsync(ArchiveDbContext db, string number, CancellationToken ct) =>
        await db.Set<TransferManifest>().AsNoTracking().FirstOrDefaultAsync(m => m.Number == number, ct)
        ?? throw new WorkflowNotFoundException($"There is no remisión {number}.");
}
