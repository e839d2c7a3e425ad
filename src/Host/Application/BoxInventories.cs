using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// A box's inventory: start it, scan every cover sheet (each scan is stored at once and answered at once), finish it.
/// Finishing compares the scans with the dossiers the box should hold: missing, misplaced (with where they belong) and
/// out of position (<see cref="InventoryComparison"/>). Only the archive's staff run one; everyone of oversight reads them.
/// </summary>
public sealed class BoxInventories(ArchiveDbContext db, PolicyCheck policy, ActorContext actor, TimeProvider time)
{
    /// <summary>Starts an inventory of the box, or answers the one in progress (a second tab or a double click joins it).</summary>
    public async Task<InventoryView> StartAsync(string boxCode, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        actor.SignIn(user.RequireName());
        var box = await BoxQueries.FindBoxAsync(db, boxCode, cancellationToken);
        var open = await db.Set<BoxInventory>().AsNoTracking().FirstOrDefaultAsync(i => i.BoxId == box.Id && i.FinishedAt == null, cancellationToken);
        if (open is not null) return await ViewAsync(open, box, cancellationToken);
        var inventory = new BoxInventory { BoxId = box.Id, StartedAt = time.GetUtcNow(), StartedBy = actor.Name };
        db.Add(inventory);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another start won the race (one open inventory per box): join it.
            db.ChangeTracker.Clear();
            inventory = await db.Set<BoxInventory>().AsNoTracking().FirstAsync(i => i.BoxId == box.Id && i.FinishedAt == null, cancellationToken);
        }
        return await ViewAsync(inventory, box, cancellationToken);
    }

    /// <summary>One scanned cover sheet (its order number). Stored before it is answered, so a reload loses nothing; a code counts once.</summary>
    public async Task<ScanOutcomeView> ScanAsync(Guid inventoryId, string? scanned, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        var inventory = await OpenAsync(inventoryId, cancellationToken);
        var code = scanned?.Trim() ?? "";
        if (code.Length == 0) throw new WorkflowValidationException(HostTexts.ScanCodeRequired.With());
        var upper = code.ToUpperInvariant();
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == code || d.OrderNumber == upper, cancellationToken);
        var key = dossier?.OrderNumber ?? code;
        var earlier = await db.Set<BoxInventoryLine>().AsNoTracking().FirstOrDefaultAsync(l => l.InventoryId == inventoryId && l.Code == key, cancellationToken);
        if (earlier is not null) return await AlreadyScannedAsync(earlier, cancellationToken);

        var line = new BoxInventoryLine
        {
            InventoryId = inventoryId, Code = key, ScannedAt = time.GetUtcNow(), DossierId = dossier?.Id,
            Sequence = await db.Set<BoxInventoryLine>().Where(l => l.InventoryId == inventoryId).MaxAsync(l => (int?)l.Sequence, cancellationToken) + 1 ?? 1,
            Finding = dossier is null ? InventoryFinding.Unknown : BelongsIn(dossier, inventory.BoxId) ? InventoryFinding.InPlace : InventoryFinding.Misplaced,
            ExpectedBoxId = dossier is null || BelongsIn(dossier, inventory.BoxId) ? null : dossier.BoxId,
            ExpectedPosition = dossier?.Position,
        };
        db.Add(line);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same sheet scanned twice at once: the other scan counted it.
            db.ChangeTracker.Clear();
            return await AlreadyScannedAsync(
                await db.Set<BoxInventoryLine>().AsNoTracking().FirstAsync(l => l.InventoryId == inventoryId && l.Code == key, cancellationToken), cancellationToken);
        }
        var view = (await LinesAsync([line], cancellationToken)).Single();
        return line.Finding switch
        {
            InventoryFinding.Unknown => new(ScanOutcomes.Unknown, key, $"«{key}» no es el n.º de orden de ningún expediente.", view),
            InventoryFinding.Misplaced => new(ScanOutcomes.Elsewhere, key, Elsewhere(view, dossier!), view),
            _ => new(ScanOutcomes.Ok, key, $"{key}: correcto, posición {dossier!.Position} de esta caja.", view),
        };
    }

    /// <summary>Ends the count: the dossiers not scanned become missing lines, out of position is worked out, the counts are kept.</summary>
    public async Task<InventoryView> FinishAsync(Guid inventoryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        actor.SignIn(user.RequireName());
        var inventory = await OpenAsync(inventoryId, cancellationToken);
        var lines = await db.Set<BoxInventoryLine>().Where(l => l.InventoryId == inventoryId).OrderBy(l => l.Sequence).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var expected = await Expected(inventory.BoxId).Select(d => new { d.Id, d.OrderNumber, d.Position }).ToListAsync(cancellationToken);
        var positions = expected.ToDictionary(d => d.Id, d => d.Position!.Value);

        // Only this box's dossiers have a place in its order; what it should not hold is misplaced whatever its position.
        var here = lines.Where(l => l.DossierId is { } id && positions.ContainsKey(id)).ToList();
        foreach (var line in here) line.Finding = InventoryFinding.InPlace;
        var outOfPosition = InventoryComparison.OutOfPosition(here.Select(l => positions[l.DossierId!.Value]).ToList());
        foreach (var index in outOfPosition) here[index].Finding = InventoryFinding.OutOfPosition;

        var scanned = here.Select(l => l.DossierId!.Value).ToHashSet();
        var missing = expected.Where(d => !scanned.Contains(d.Id)).OrderBy(d => d.Position).ToList();
        foreach (var d in missing)
            db.Add(new BoxInventoryLine { InventoryId = inventoryId, Code = d.OrderNumber, DossierId = d.Id, Finding = InventoryFinding.Missing, ExpectedPosition = d.Position });

        inventory.FinishedAt = time.GetUtcNow();
        inventory.FinishedBy = actor.Name;
        inventory.Expected = expected.Count;
        inventory.Found = here.Count;
        inventory.Missing = missing.Count;
        inventory.OutOfPosition = outOfPosition.Count;
        inventory.Misplaced = lines.Count(l => l.Finding == InventoryFinding.Misplaced);
        inventory.Unknown = lines.Count(l => l.Finding == InventoryFinding.Unknown);
        await db.SaveChangesAsync(cancellationToken);
        return await ReadAsync(inventoryId, user, cancellationToken);
    }

    public async Task<InventoryView> ReadAsync(Guid inventoryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Oversight);
        var inventory = await db.Set<BoxInventory>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == inventoryId, cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.InventoryNotFound.With());
        var box = await db.Set<ArchiveLocation>().AsNoTracking().FirstAsync(l => l.Id == inventory.BoxId, cancellationToken);
        return await ViewAsync(inventory, box, cancellationToken);
    }

    /// <summary>What a box should hold: its dossiers with a position that have not left for Condebamba.</summary>
    private IQueryable<Dossier> Expected(Guid boxId) =>
        db.Set<Dossier>().AsNoTracking().Where(d => d.BoxId == boxId && d.Position != null && d.TransferredAt == null);

    private static bool BelongsIn(Dossier dossier, Guid boxId) => dossier.BoxId == boxId && dossier.Position is not null && dossier.TransferredAt is null;

    private async Task<BoxInventory> OpenAsync(Guid inventoryId, CancellationToken cancellationToken)
    {
        var inventory = await db.Set<BoxInventory>().FirstOrDefaultAsync(i => i.Id == inventoryId, cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.InventoryNotFound.With());
        return inventory.IsOpen ? inventory : throw new WorkflowConflictException(HostTexts.InventoryFinished.With());
    }

    private async Task<ScanOutcomeView> AlreadyScannedAsync(BoxInventoryLine earlier, CancellationToken cancellationToken)
    {
        var view = (await LinesAsync([earlier], cancellationToken)).Single();
        return new(ScanOutcomes.AlreadyScanned, earlier.Code, $"{earlier.Code} ya fue escaneado (lectura {earlier.Sequence}); no se cuenta dos veces.", view);
    }

    private static string Elsewhere(InventoryLineView line, Dossier dossier) => line.ExpectedBox is { } box
        ? $"{line.Code} no es de esta caja: va en la caja {box}, posición {line.ExpectedPosition}."
        : $"{line.Code} no es de esta caja: no está archivado en ninguna caja (estado: {Labels.Of(dossier.Status)}).";

    private async Task<InventoryView> ViewAsync(BoxInventory inventory, ArchiveLocation box, CancellationToken cancellationToken)
    {
        var lines = await db.Set<BoxInventoryLine>().AsNoTracking().Where(l => l.InventoryId == inventory.Id).ToListAsync(cancellationToken);
        // Scans in the order they were made, then what was not found, by position.
        var ordered = lines.Where(l => l.Finding != InventoryFinding.Missing).OrderBy(l => l.Sequence).ThenBy(l => l.Id)
            .Concat(lines.Where(l => l.Finding == InventoryFinding.Missing).OrderBy(l => l.ExpectedPosition)).ToList();
        return new InventoryView(box.Code, box.Path, InventorySummary.From(inventory), await LinesAsync(ordered, cancellationToken));
    }

    private async Task<IReadOnlyList<InventoryLineView>> LinesAsync(IReadOnlyList<BoxInventoryLine> lines, CancellationToken cancellationToken)
    {
        var dossierIds = lines.Where(l => l.DossierId is not null).Select(l => l.DossierId!.Value).Distinct().ToList();
        var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new { d.CustomerName, d.Position, d.MissingSince }, cancellationToken);
        var boxIds = lines.Where(l => l.ExpectedBoxId is not null).Select(l => l.ExpectedBoxId!.Value).Distinct().ToList();
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(b => boxIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        return lines.Select(l =>
        {
            var d = l.DossierId is { } id ? dossiers.GetValueOrDefault(id) : null;
            return new InventoryLineView(l.Sequence, l.Code, l.ScannedAt, l.Finding, d?.CustomerName, d?.Position,
                l.ExpectedBoxId is { } b ? boxes.GetValueOrDefault(b) : null, l.ExpectedPosition, d?.MissingSince);
        }).ToList();
    }
}
