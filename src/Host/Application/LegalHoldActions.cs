using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>Legal holds by order number, box code or customer document, as staff name them; the rules live in <see cref="LegalHolds"/>.</summary>
public sealed class LegalHoldActions(ArchiveDbContext db, LegalHolds holds)
{
    /// <summary>Newest first: <paramref name="active"/> true for those in force, false for those released, null for all.</summary>
    public async Task<IReadOnlyList<LegalHoldView>> ListAsync(bool? active, CancellationToken cancellationToken = default)
    {
        var query = db.Set<LegalHold>().AsNoTracking();
        if (active == true) query = query.Where(h => h.ReleasedAt == null);
        if (active == false) query = query.Where(h => h.ReleasedAt != null);
        return await ViewsAsync(await query.OrderByDescending(h => h.PlacedAt).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The holds with the order numbers and box codes they sit on, looked up in one query each.</summary>
    private async Task<IReadOnlyList<LegalHoldView>> ViewsAsync(IReadOnlyList<LegalHold> list, CancellationToken cancellationToken)
    {
        var dossierIds = list.Where(h => h.DossierId != null).Select(h => h.DossierId!.Value).Distinct().ToList();
        var boxIds = list.Where(h => h.BoxId != null).Select(h => h.BoxId!.Value).Distinct().ToList();
        var orders = await db.Set<Dossier>().AsNoTracking().Where(d => dossierIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.OrderNumber, cancellationToken);
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(l => boxIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        return list.Select(h => LegalHoldView.From(h, h.DossierId is { } d ? orders.GetValueOrDefault(d) : null,
            h.BoxId is { } b ? boxes.GetValueOrDefault(b) : null)).ToList();
    }

    public async Task<LegalHoldView> PlaceAsync(HoldInput input, string actor, CancellationToken cancellationToken = default)
    {
        Guid? dossierId = null, boxId = null;
        string? orderNumber = null, boxCode = null;
        if (!string.IsNullOrWhiteSpace(input.OrderNumber))
        {
            orderNumber = input.OrderNumber.Trim();
            dossierId = (await DossierLookup.FindByOrderNumberAsync(db, orderNumber, tracked: false, cancellationToken)).Id;
        }
        if (!string.IsNullOrWhiteSpace(input.BoxCode))
        {
            boxCode = input.BoxCode.Trim();
            boxId = (await db.Set<ArchiveLocation>().AsNoTracking()
                    .FirstOrDefaultAsync(l => l.Code == boxCode && l.Kind == LocationKind.Box, cancellationToken))?.Id
                ?? throw new WorkflowNotFoundException(DomainTexts.BoxNotFound.With(input.BoxCode));
        }
        var hold = await holds.PlaceAsync(dossierId, boxId, input.CustomerDocument, input.Reason, actor, cancellationToken);
        return LegalHoldView.From(hold, orderNumber, boxCode);
    }

    public async Task<LegalHoldView> ReleaseAsync(Guid id, string reason, string actor, CancellationToken cancellationToken = default)
    {
        var hold = await holds.ReleaseAsync(id, reason, actor, cancellationToken);
        return (await ViewsAsync([hold], cancellationToken))[0];
    }
}
