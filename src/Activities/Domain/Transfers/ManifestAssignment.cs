using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>Step 11: groups dossiers whose retention ended by box: each box has one open remisión collecting them.</summary>
public sealed class ManifestAssignment(DbContext db, BusinessCalendar calendar)
{
    public async Task<TransferManifest> AddAsync(Dossier dossier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var box = await db.Set<ArchiveLocation>().FirstOrDefaultAsync(l => l.Id == dossier.BoxId, cancellationToken)
            ?? throw new ActivityFailedException(DomainTexts.DossierNotInBox.With(dossier.OrderNumber));
        await BoxLock.TakeAsync(db, box.Id, cancellationToken);
        // Only a remisión still being prepared takes more dossiers: once sent, the box has left with what it had.
        var manifest = await db.Set<TransferManifest>().FirstOrDefaultAsync(m => m.BoxId == box.Id && m.Status == ManifestStatus.Prepared, cancellationToken)
                       ?? db.Set<TransferManifest>().Local.FirstOrDefault(m => m.BoxId == box.Id && m.Status == ManifestStatus.Prepared);
        if (manifest is null)
        {
            manifest = new TransferManifest
            {
                Number = await RemisionNumbers.NextAsync(db, calendar.Today(now).Year, cancellationToken),
                BoxId = box.Id, BoxPath = box.Path, Status = ManifestStatus.Prepared, CreatedAt = now,
            };
            db.Set<TransferManifest>().Add(manifest);
        }
        manifest.DossierCount++;
        dossier.ManifestId = manifest.Id;
        return manifest;
    }
}
