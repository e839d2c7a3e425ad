using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// For activities that change a row other moves share (a box's fill, a remisión's count) with a statement of their own
/// rather than through the unit of work: that statement and the rest of the move must commit together. Called inside a
/// move only; the engine commits (or rolls back) what this begins, with the move.
/// </summary>
public static class MoveTransaction
{
    /// <summary>
    /// Makes sure the move works in a transaction from here on, beginning it now when it has none: on SQLite that takes
    /// the store's one write lock (BEGIN IMMEDIATE), so what the move reads next is what it writes over; on PostgreSQL
    /// the row locks taken from here on hold until the move commits. Moves take it as late as they can, so their reads
    /// and the work in between do not hold up other writers.
    /// </summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await ActivityStatements.BeforeOwnStatementAsync(db, cancellationToken);
            return;
        }
        // On SQLite with group commit the move joins the writer's batch instead, under a savepoint of its own.
        if (await GroupCommitMove.JoinAsync(db, cancellationToken)) return;
        await db.Database.BeginTransactionAsync(cancellationToken);
        // The move rolls back whole if its SaveChanges fails: a savepoint around it would only cost two statements.
        db.Database.AutoSavepointsEnabled = false;
    }
}
