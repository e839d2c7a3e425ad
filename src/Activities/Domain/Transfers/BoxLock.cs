using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>
/// Dossiers of one box reach their transfer at the same moment (their retentions end together) and are moved in parallel
/// by the sweep's lanes and by other hosts. On PostgreSQL the box row is locked until the move's transaction ends, so the
/// moves of one box read and update its open remisión one after another: one remisión per box, and no count lost. SQLite
/// has a single writer; there the remisión's count is a concurrency token, and a move that raced another is retried.
/// </summary>
internal static class BoxLock
{
    public static async Task TakeAsync(DbContext db, Guid boxId, CancellationToken cancellationToken)
    {
        if (!RowClaims.CanLockRows(db) || db.Database.CurrentTransaction is null) return;
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM archive_locations WHERE "Id" = {boxId} FOR UPDATE""", cancellationToken);
    }
}
