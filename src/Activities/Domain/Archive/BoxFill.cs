using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Archive;

/// <summary>
/// Takes a box's next position with one statement that adds one to its fill while there is room and returns the new
/// fill. Two people archiving into one box at once each get their own position and neither conflicts: a concurrency
/// token on the fill made every move into a busy box race all the others. The statement's row lock (PostgreSQL) or the
/// write lock (SQLite) holds until the move commits, so a position is never handed out twice.
/// </summary>
public static class BoxFill
{
    /// <summary>The position taken, or null when the box is full.</summary>
    public static async Task<int?> TakePositionAsync(DbContext db, ArchiveLocation box, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await MoveTransaction.EnsureAsync(db, cancellationToken);
        var taken = await db.Database.SqlQuery<int>($"""
            UPDATE archive_locations SET "Filled" = "Filled" + 1
            WHERE "Id" = {box.Id} AND ("Capacity" IS NULL OR "Filled" < "Capacity")
            RETURNING "Filled" AS "Value"
            """).ToListAsync(cancellationToken);
        if (taken.Count == 0) return null;
        var position = taken[0];
        CounterAudit.Settle(db, box, nameof(ArchiveLocation.Filled), position);
        box.Filled = position;
        CounterAudit.Record(db, nameof(ArchiveLocation), box.Id, nameof(ArchiveLocation.Filled), position, now);
        return position;
    }
}
