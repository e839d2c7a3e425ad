using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>Step 11, first half: the prepared box leaves the archive with whoever carries it; no dossier joins it after.</summary>
public sealed class ManifestDispatch(DbContext db, TimeProvider time)
{
    public async Task<TransferManifest> SendAsync(Guid manifestId, string? carriedBy, string user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(carriedBy)) throw new WorkflowValidationException(DomainTexts.ManifestCarrierRequired.With());
        var manifest = await db.Set<TransferManifest>().FirstOrDefaultAsync(m => m.Id == manifestId, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.ManifestMissing.With());
        if (manifest.Status != ManifestStatus.Prepared)
            throw new WorkflowConflictException(DomainTexts.ManifestAlreadySent.With(manifest.Number, StatusNames.Of(manifest.Status)));
        manifest.Status = ManifestStatus.Sent;
        manifest.SentAt = time.GetUtcNow();
        manifest.SentBy = user;
        manifest.CarriedBy = carriedBy.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return manifest;
    }
}
