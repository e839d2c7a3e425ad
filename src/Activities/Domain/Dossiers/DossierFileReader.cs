using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Reads a <see cref="DossierFile"/> by order number.</summary>
public sealed class DossierFileReader(DbContext db, LegalHolds holds, OriginalLoans loans)
{
    public async Task<DossierFile> ReadAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var dossier = await DossierLookup.FindByOrderNumberAsync(db, orderNumber, tracked: false, cancellationToken);
        var id = dossier.Id;
        return new DossierFile(
            dossier,
            await db.Set<Batch>().AsNoTracking().Where(b => b.Id == dossier.BatchId).Select(b => b.Number).FirstOrDefaultAsync(cancellationToken),
            await db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Id == dossier.BoxId).Select(l => l.Code).FirstOrDefaultAsync(cancellationToken),
            await db.Set<TransferManifest>().AsNoTracking().Where(m => m.Id == dossier.ManifestId).Select(m => m.Number).FirstOrDefaultAsync(cancellationToken),
            await db.Set<DossierDocument>().AsNoTracking().Where(d => d.DossierId == id).OrderBy(d => d.Code).ToListAsync(cancellationToken),
            await db.Set<DossierReturn>().AsNoTracking().Where(r => r.DossierId == id).OrderBy(r => r.Number).ToListAsync(cancellationToken),
            await db.Set<DossierEvent>().AsNoTracking().Where(e => e.DossierId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken),
            await db.Set<RetrievalRequest>().AsNoTracking().Where(r => r.DossierId == id).OrderBy(r => r.RequestedAt).ThenBy(r => r.Number).ToListAsync(cancellationToken),
            await holds.ActiveForAsync(dossier, cancellationToken),
            await loans.OutForAsync(id, cancellationToken));
    }
}
