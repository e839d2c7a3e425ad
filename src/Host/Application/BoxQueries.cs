using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>A box's page: where it is, how full, its state, its dossiers by position and its inventories.</summary>
public sealed class BoxQueries(ArchiveDbContext db, PolicyCheck policy)
{
    private const int InventoriesShown = 10;

    public async Task<BoxView> ReadAsync(string code, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Oversight);
        var box = await FindBoxAsync(db, code, cancellationToken);
        var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => d.BoxId == box.Id)
            .OrderBy(d => d.Position).ThenBy(d => d.OrderNumber)
            .Select(d => new BoxDossier(d.Position, d.OrderNumber, d.CustomerName, d.ClassificationCode, d.Status, d.MissingSince))
            .ToListAsync(cancellationToken);
        var inventories = await db.Set<BoxInventory>().AsNoTracking().Where(i => i.BoxId == box.Id)
            .OrderByDescending(i => i.StartedAt).Take(InventoriesShown).ToListAsync(cancellationToken);
        return new BoxView(box.Code, box.Name, box.Path, box.Capacity, box.Filled, await StateAsync(box, cancellationToken), box.ClassificationPrefix,
            dossiers, inventories.Select(InventorySummary.From).ToList(), inventories.FirstOrDefault(i => i.IsOpen)?.Id);
    }

    /// <summary>A box by its code (as scanned: exact, or upper case); a code of another kind of place is not a box.</summary>
    public static async Task<ArchiveLocation> FindBoxAsync(ArchiveDbContext db, string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var upper = trimmed.ToUpperInvariant();
        var location = await db.Set<ArchiveLocation>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == trimmed || l.Code == upper, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.BoxNotFound.With(trimmed));
        return location.Kind == LocationKind.Box ? location : throw new WorkflowValidationException(HostTexts.LocationNotBox.With(trimmed));
    }

    /// <summary>The one thing to know first: gone to Condebamba, leaving in a remisión, held, full, empty, or with room.</summary>
    private async Task<string> StateAsync(ArchiveLocation box, CancellationToken cancellationToken)
    {
        var manifest = await db.Set<TransferManifest>().AsNoTracking().Where(m => m.BoxId == box.Id)
            .OrderByDescending(m => m.CreatedAt).Select(m => new { m.Number, m.Status }).FirstOrDefaultAsync(cancellationToken);
        if (manifest is { Status: ManifestStatus.Sent }) return $"Enviada a Condebamba con la remisión {manifest.Number}";
        if (manifest is { Status: ManifestStatus.Received }) return $"Recibida en Condebamba (remisión {manifest.Number})";
        if (manifest is { Status: ManifestStatus.BoxMissing }) return $"No llegó a Condebamba (remisión {manifest.Number})";
        if (manifest is { Status: ManifestStatus.Prepared }) return $"En la remisión {manifest.Number}, en preparación";
        if (await db.Set<LegalHold>().AsNoTracking().AnyAsync(h => h.BoxId == box.Id && h.ReleasedAt == null, cancellationToken)) return "Con retención legal";
        if (box.Capacity is { } capacity && box.Filled >= capacity) return "Llena";
        return box.Filled == 0 ? "Vacía" : "Con espacio";
    }
}
