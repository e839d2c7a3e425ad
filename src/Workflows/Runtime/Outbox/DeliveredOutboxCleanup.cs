using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Deletes the outbox messages delivered longer ago than <see cref="OutboxRetention.KeepDelivered"/>: a notification is
/// worth nothing once delivered and read back, and every move adds one, so the table would otherwise grow for as long as
/// the archive runs. Messages waiting, retrying or parked are never touched. A few hundred rows per statement, each with
/// the write lock for a moment only (on SQLite riding along with the moves' batch, as the drain does).
/// </summary>
public sealed class DeliveredOutboxCleanup(DbContext db, TimeProvider time, OutboxRetention retention, SqliteWriteTurns writeTurns,
    GroupCommitWriter? groupCommit = null)
{
    public const int RowsPerStatement = 500;

    /// <summary>How many messages were deleted.</summary>
    public async Task<int> ForgetDeliveredAsync(CancellationToken cancellationToken = default)
    {
        if (retention.KeepDelivered <= TimeSpan.Zero) return 0;
        var before = time.GetUtcNow() - retention.KeepDelivered;
        var deleted = 0;
        // Most passes find nothing to delete: ask before taking the write lock.
        while (await Expired(before).AnyAsync(cancellationToken))
        {
            var rows = await GroupCommitMove.WriteAsync(db, groupCommit, () => DeleteSomeAsync(before, cancellationToken));
            deleted += rows;
            if (rows < RowsPerStatement) break;
        }
        return deleted;
    }

    private async Task<int> DeleteSomeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        using var turn = await GroupCommitMove.JoinAsync(db, cancellationToken) ? null : await writeTurns.WaitAsync(db, cancellationToken);
        return await Expired(before).OrderBy(m => m.ProcessedAt).Take(RowsPerStatement).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<OutboxMessage> Expired(DateTimeOffset before) => db.Set<OutboxMessage>().Where(m => m.ProcessedAt != null && m.ProcessedAt < before);
}
