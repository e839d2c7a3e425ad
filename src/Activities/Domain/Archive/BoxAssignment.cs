using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Archive;

/// <summary>Step 9: chooses the box a dossier is filed in: the one the manager named, or the first with room for its class.</summary>
public sealed class BoxAssignment(DbContext db)
{
    /// <summary>
    /// The box the form's check found for a class (tracked), for the archive activity of the same move to take instead of
    /// reading every box with room again; taken once. The store still has the last word on its room (TakePositionAsync).
    /// </summary>
    private (string Classification, ArchiveLocation Box)? _foundByCheck;

    public async Task<ArchiveLocation> PickAsync(string? boxCode, string classificationCode, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(boxCode))
        {
            var code = boxCode.Trim();
            // The form's check read it a moment ago in this move; the store has the last word on its room anyway (TakePositionAsync).
            var chosen = db.Set<ArchiveLocation>().Local.FirstOrDefault(l => l.Kind == LocationKind.Box && l.Code == code)
                ?? await ArchiveQueries.BoxAsync(db, code, cancellationToken)
                ?? throw new ActivityFailedException(DomainTexts.ArchiveBoxNotFound.With(boxCode));
            if (chosen.Closed) throw new ActivityFailedException(DomainTexts.BoxClosed.With(chosen.Code));
            return HasRoom(chosen) ? chosen : throw new ActivityFailedException(DomainTexts.BoxFull.With(chosen.Code, chosen.Filled, chosen.Capacity));
        }

        if (_foundByCheck is var (classification, found))
        {
            _foundByCheck = null;
            if (classification == classificationCode && !found.Closed && HasRoom(found)) return found;
        }
        return await FirstWithRoomAsync(classificationCode, cancellationToken)
               ?? throw new ActivityFailedException(DomainTexts.NoBoxWithRoom.With(classificationCode));
    }

    /// <summary>
    /// Takes the next position in <paramref name="box"/> (what <see cref="PickAsync"/> chose). When another dossier took its
    /// last place meanwhile, a box the manager named is full; an automatic choice moves on to the next box with room.
    /// </summary>
    public async Task<(ArchiveLocation Box, int Position)> TakePositionAsync(ArchiveLocation box, string? boxCode, string classificationCode,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await BoxFill.TakePositionAsync(db, box, now, cancellationToken) is { } position) return (box, position);
            if (!string.IsNullOrWhiteSpace(boxCode)) throw new ActivityFailedException(DomainTexts.BoxFull.With(box.Code, box.Capacity, box.Capacity));
            // Each pass finds the box it tried full in the store, so the search ends: with a place or with no box with room.
            box = await PickAsync(null, classificationCode, cancellationToken);
        }
    }

    public static bool HasRoom(ArchiveLocation box) => box.Capacity is null || box.Filled < box.Capacity;

    /// <summary>
    /// For the form's check: the box automatic assignment would take now (the choice <see cref="PickAsync"/> makes), or
    /// null when none has room. The move's archive activity takes this box rather than asking again.
    /// </summary>
    public async Task<ArchiveLocation?> CheckFirstWithRoomAsync(string classificationCode, CancellationToken cancellationToken)
    {
        var box = await FirstWithRoomAsync(classificationCode, cancellationToken);
        _foundByCheck = box is null ? null : (classificationCode, box);
        return box;
    }

    /// <summary>A box of the dossier's class (by classification prefix) with room, else an unclassified one with room; tracked.</summary>
    private async Task<ArchiveLocation?> FirstWithRoomAsync(string classificationCode, CancellationToken cancellationToken)
    {
        var boxes = await ArchiveQueries.BoxesWithRoomAsync(db, cancellationToken);
        return boxes.FirstOrDefault(b => b.ClassificationPrefix is { Length: > 0 } prefix && classificationCode.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
               ?? boxes.FirstOrDefault(b => string.IsNullOrEmpty(b.ClassificationPrefix));
    }
}
