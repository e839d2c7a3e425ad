using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>Step 11: groups dossiers whose retention ended by box: each box has one open remisión collecting them.</summary>
public sealed class ManifestAssignment(DbContext db)
{
    public async Task<TransferManifest> AddAsync(Dossier dossier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var box = await db.Set<ArchiveLocation>().FirstOrDefaultAsync(l => l.Id == dossier.BoxId, cancellationToken)
            ?? throw new ActivityFailedException(DomainTexts.DossierNotInBox.With(dossier.OrderNumber));
        await BoxLock.TakeAsync(db, box.Id, cancellationToken);
        var manifest = await db.Set<TransferManifest>().FirstOrDefaultAsync(m => m.BoxId == box.Id && m.Status == ManifestStatus.Open, cancellationToken)
                       ?? db.Set<TransferManifest>().Local.FirstOrDefault(m => m.BoxId == box.Id && m.Status == ManifestStatus.Open);
        if (manifest is null)
        {
            var number = $"REM-{now:yyyyMMdd}-{box.Code}";
            var sameDay = await db.Set<TransferManifest>().CountAsync(m => m.Number.StartsWith(number), cancellationToken);
            manifest = new TransferManifest
            {
                Number = sameDay == 0 ? number : $"{number}-{sameDay + 1}",
                BoxId = box.Id, BoxPath = box.Path, Status = ManifestStatus.Open, CreatedAt = now,
            };
            db.Set<TransferManifest>().Add(manifest);
        }
        manifest.DossierCount++;
        dossier.ManifestId = manifest.Id;
        return manifest;
    }
}
