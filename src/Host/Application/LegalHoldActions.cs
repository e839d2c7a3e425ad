using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>Legal holds by order number or box code, as staff name them; the rules live in <see cref="LegalHolds"/>.</summary>
public sealed class LegalHoldActions(ArchiveDbContext db, LegalHolds holds)
{
    public async Task<IReadOnlyList<LegalHoldView>> ListAsync(bool activeOnly, CancellationToken cancellationToken = default)
    {
        var query = db.Set<LegalHold>().AsNoTracking();
        if (activeOnly) query = query.Where(h => h.ReleasedAt == null);
        return (await query.OrderByDescending(h => h.PlacedAt).ToListAsync(cancellationToken)).Select(LegalHoldView.From).ToList();
    }

    public async Task<LegalHoldView> PlaceAsync(HoldInput input, string actor, CancellationToken cancellationToken = default)
    {
        Guid? dossierId = null, boxId = null;
        if (!string.IsNullOrWhiteSpace(input.OrderNumber))
            dossierId = (await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == input.OrderNumber.Trim(), cancellationToken))?.Id
                ?? throw new WorkflowNotFoundException(DomainTexts.DossierNotFound.With(input.OrderNumber));
        if (!string.IsNullOrWhiteSpace(input.BoxCode))
            boxId = (await db.Set<ArchiveLocation>().AsNoTracking()
                    .FirstOrDefaultAsync(l => l.Code == input.BoxCode.Trim() && l.Kind == LocationKind.Box, cancellationToken))?.Id
                ?? throw new WorkflowNotFoundException(DomainTexts.BoxNotFound.With(input.BoxCode));
        return LegalHoldView.From(await holds.PlaceAsync(dossierId, boxId, input.Reason, actor, cancellationToken));
    }

    public async Task<LegalHoldView> ReleaseAsync(Guid id, string reason, string actor, CancellationToken cancellationToken = default) =>
        LegalHoldView.From(await holds.ReleaseAsync(id, reason, actor, cancellationToken));
}
