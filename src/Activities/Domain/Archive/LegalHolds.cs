using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Archive;

/// <summary>Places and releases legal holds; a dossier is held while it, its box or its customer has an active hold.</summary>
public sealed class LegalHolds(DbContext db, TimeProvider time, BusinessCalendar calendar, DossierReadAhead readAhead)
{
    public async Task<LegalHold> PlaceAsync(Guid? dossierId, Guid? boxId, string? customerDocument, string reason, string user,
        CancellationToken cancellationToken)
    {
        customerDocument = string.IsNullOrWhiteSpace(customerDocument) ? null : customerDocument.Trim();
        var targets = (dossierId is null ? 0 : 1) + (boxId is null ? 0 : 1) + (customerDocument is null ? 0 : 1);
        if (targets != 1) throw new WorkflowValidationException(DomainTexts.HoldTargetAmbiguous.With());
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowValidationException(DomainTexts.HoldReasonRequired.With());
        if (dossierId is not null && !await db.Set<Dossier>().AnyAsync(d => d.Id == dossierId, cancellationToken))
            throw new WorkflowNotFoundException(DomainTexts.HoldTargetNotFound.With());
        if (boxId is not null && !await db.Set<ArchiveLocation>().AnyAsync(l => l.Id == boxId && l.Kind == LocationKind.Box, cancellationToken))
            throw new WorkflowNotFoundException(DomainTexts.HoldTargetNotFound.With());
        // A customer is known once a dossier or a Smartflex sale names them: a typo in the document holds nobody, so it is refused.
        if (customerDocument is not null && !await db.Set<Dossier>().AnyAsync(d => d.CustomerDocument == customerDocument, cancellationToken)
            && !await db.Set<Smartflex.SmartflexSale>().AnyAsync(s => s.CustomerDocument == customerDocument, cancellationToken))
            throw new WorkflowNotFoundException(DomainTexts.HoldCustomerNotFound.With(customerDocument));
        var hold = new LegalHold { DossierId = dossierId, BoxId = boxId, CustomerDocument = customerDocument, Reason = reason.Trim(), PlacedAt = time.GetUtcNow(), PlacedBy = user };
        db.Set<LegalHold>().Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public async Task<LegalHold> ReleaseAsync(Guid holdId, string reason, string user, CancellationToken cancellationToken)
    {
        var hold = await db.Set<LegalHold>().FirstOrDefaultAsync(h => h.Id == holdId, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.HoldNotFound.With());
        if (!hold.IsActive) throw new WorkflowConflictException(DomainTexts.HoldAlreadyReleased.With(calendar.Today(hold.ReleasedAt!.Value), hold.ReleasedBy));
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowValidationException(DomainTexts.HoldReleaseReasonRequired.With());
        hold.ReleasedAt = time.GetUtcNow();
        hold.ReleasedBy = user;
        hold.ReleaseReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public async Task<List<LegalHold>> ActiveForAsync(Dossier dossier, CancellationToken cancellationToken) =>
        readAhead.ActiveHoldsFor(dossier)
        ?? await ArchiveQueries.ActiveHoldsAsync(db, dossier.Id, dossier.BoxId, dossier.CustomerDocument, cancellationToken);
}
