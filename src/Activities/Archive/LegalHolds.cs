using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Activities.Archive;

/// <summary>Places and releases legal holds; a dossier is held while it, or its box, has an active hold.</summary>
public sealed class LegalHolds(DbContext db, TimeProvider time)
{
    public async Task<LegalHold> PlaceAsync(Guid? dossierId, Guid? boxId, string reason, string user, CancellationToken cancellationToken)
    {
        if ((dossierId is null) == (boxId is null)) throw new WorkflowValidationException("A hold is placed on one dossier or on one box.");
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowValidationException("A hold needs a reason.");
        if (dossierId is not null && !await db.Set<Dossier>().AnyAsync(d => d.Id == dossierId, cancellationToken))
            throw new WorkflowNotFoundException($"There is no dossier {dossierId}.");
        if (boxId is not null && !await db.Set<ArchiveLocation>().AnyAsync(l => l.Id == boxId && l.Kind == LocationKind.Box, cancellationToken))
            throw new WorkflowNotFoundException($"There is no box {boxId}.");
        var hold = new LegalHold { DossierId = dossierId, BoxId = boxId, Reason = reason.Trim(), PlacedAt = time.GetUtcNow(), PlacedBy = user };
        db.Set<LegalHold>().Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public async Task<LegalHold> ReleaseAsync(Guid holdId, string reason, string user, CancellationToken cancellationToken)
    {
        var hold = await db.Set<LegalHold>().FirstOrDefaultAsync(h => h.Id == holdId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"There is no hold {holdId}.");
        if (!hold.IsActive) throw new WorkflowConflictException($"The hold was already released on {hold.ReleasedAt:yyyy-MM-dd} by {hold.ReleasedBy}.");
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowValidationException("Say why the hold is released.");
        hold.ReleasedAt = time.GetUtcNow();
        hold.ReleasedBy = user;
        hold.ReleaseReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public Task<List<LegalHold>> ActiveForAsync(Dossier dossier, CancellationToken cancellationToken) =>
        db.Set<LegalHold>().Where(h => h.ReleasedAt == null && (h.DossierId == dossier.Id || (dossier.BoxId != null && h.BoxId == dossier.BoxId)))
            .ToListAsync(cancellationToken);
}
