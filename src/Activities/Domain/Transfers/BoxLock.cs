using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>
/// Dossiers of one box reach their transfer at the same moment (their retentions end together) and are moved in parallel
/// by the sweep's lanes and by other hosts. On PostgreSQL the box row is locked until the move's transaction ends, so the
/// moves of one box find or open its remisión one after another: one remisión per box. On SQLite the move's transaction
/// (<see cref="MoveTransaction"/>) already holds the single write lock. The count itself is added with one statement.
/// </summary>
internal static class BoxLock
{
    public static async Task TakeAsync(DbContext db, Guid boxId, CancellationToken cancellationToken)
    {
        if (!RowClaims.CanLockRows(db) || db.Database.CurrentTransaction is null) return;
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM archive_locations WHERE "Id" = {boxId} FOR UPDATE""", cancellationToken);
    }

    /// <summary>
    /// The boxes of a batch of transfers, with one statement, in the order of their ids: lanes whose batches share boxes
    /// then wait for each other instead of deadlocking, as they did taking them dossier by dossier. False when they are
    /// not held (PostgreSQL outside a transaction): each move must then take its box itself.
    /// </summary>
    public static async Task<bool> TakeAllAsync(DbContext db, IReadOnlyCollection<Guid> boxIds, CancellationToken cancellationToken)
    {
        if (!RowClaims.CanLockRows(db)) return true;
        if (db.Database.CurrentTransaction is null) return false;
        if (boxIds.Count == 0) return true;
        var ids = boxIds.ToArray();
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM archive_locations WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR UPDATE""", cancellationToken);
        return true;
    }
}
