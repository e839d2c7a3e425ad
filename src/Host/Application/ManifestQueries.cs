using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>A dossier travelling on a remisión, in its position in the box.</summary>
public sealed record ManifestDossier(string OrderNumber, string CustomerName, DossierStatus Status, Guid? InstanceId, string AdvisorCode,
    DateOnly SaleDate, int? Position);

public sealed record ManifestView(ManifestSummary Manifest, IReadOnlyList<ManifestDossier> Dossiers);

/// <summary>Reading the remisiones to Condebamba (step 11), as the API and the Remisiones pages both do.</summary>
public sealed class ManifestQueries(ArchiveDbContext db)
{
    /// <summary>Newest first, optionally only those pending reception or only those received.</summary>
    public async Task<IReadOnlyList<ManifestSummary>> ListAsync(ManifestStatus? status, CancellationToken cancellationToken = default)
    {
        var query = db.Set<TransferManifest>().AsNoTracking();
        if (status is not null) query = query.Where(m => m.Status == status);
        return await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Number)
            .Select(m => ManifestSummary.From(m)).ToListAsync(cancellationToken);
    }

    public async Task<ManifestView> ReadAsync(string number, CancellationToken cancellationToken = default)
    {
        var manifest = await FindAsync(number, cancellationToken);
        var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => d.ManifestId == manifest.Id)
            .OrderBy(d => d.Position).ThenBy(d => d.OrderNumber).ToListAsync(cancellationToken);
        return new ManifestView(ManifestSummary.From(manifest), dossiers
            .Select(d => new ManifestDossier(d.OrderNumber, d.CustomerName, d.Status, d.InstanceId, d.AdvisorCode, d.SaleDate, d.Position)).ToList());
    }

    public async Task<TransferManifest> FindAsync(string number, CancellationToken cancellationToken = default) =>
        await db.Set<TransferManifest>().AsNoTracking().FirstOrDefaultAsync(m => m.Number == number, cancellationToken)
        ?? throw new WorkflowNotFoundException(DomainTexts.ManifestNotFound.With(number));
}
