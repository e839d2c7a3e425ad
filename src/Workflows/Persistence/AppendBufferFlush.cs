using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Writes a context's <see cref="AppendBuffer"/> as part of its SaveChanges: right after the tracked changes (so a row may
/// point at a row the same save adds), in the same transaction. When the save has no transaction of its caller, one is
/// begun before it (and EF Core's own savepoints turned off: the save is all or nothing anyway) and committed once the
/// buffered rows are written too. Register it after every interceptor that appends while saving (the audit trail), and
/// that reads what changed: a move has its added rows, a batch of moves all its tracked rows, written here as well
/// (<see cref="TrackedRowSets"/>).
/// </summary>
public sealed class AppendBufferFlush : SaveChangesInterceptor
{
    public static AppendBufferFlush Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) SavingAsync(db, sync: true, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await SavingAsync(db, sync: false, cancellationToken);
        return result;
    }

    private static async Task SavingAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        if (AppendBuffer.Existing(db) is not { } buffer) return;
        var oneCommand = MayGoAsOneCommand(db, buffer);
        // Rows written as sets go before EF Core's own statements (a move's single added row too, now): one transaction
        // holds them all, even in a save with nothing buffered.
        if (!oneCommand && (!buffer.IsEmpty || buffer.TrackedRows != TrackedRowsWriting.None)) await EnsureTransactionAsync(db, sync, cancellationToken);
        if (buffer.TrackedRows == TrackedRowsWriting.None) return;
        try
        {
            await using var batch = new StatementBatch(db, sync, cancellationToken);
            // Statements that outgrow one command need the transaction after all, begun before the first of them goes.
            if (oneCommand) batch.BeforeFirstSend = () => EnsureTransactionAsync(db, sync, cancellationToken);
            // With nothing left for EF Core to add, no buffered row can point at a row still to be written: they travel
            // now, in the same command as the added rows (one round trip on PostgreSQL), ahead of EF Core's UPDATEs.
            var left = await TrackedRowSets.WriteAsync(batch, buffer.TrackedRows, buffer.HeldForBatch ? buffer : null);
            if (left != LeftToEfCore.NewRows && !buffer.HeldForBatch) await WriteIntoAsync(batch, buffer);
            if (oneCommand)
            {
                // Left nothing, the whole save is this one command: PostgreSQL runs it as one implicit transaction,
                // committed with it, so the move spends no round trips on BEGIN and COMMIT. Else EF Core writes the rest
                // (or the buffered rows go after it): one transaction around them all.
                if (left != LeftToEfCore.Nothing) await EnsureTransactionAsync(db, sync, cancellationToken);
                batch.BeforeFirstSend = null;
            }
            await batch.SendAsync();
        }
        catch (DbException ex)
        {
            Abandon(db);
            // As EF Core reports a failed write: callers tell a lost race or a duplicate from the inner exception.
            throw new DbUpdateException(ex.Message, ex);
        }
        catch
        {
            Abandon(db);
            throw;
        }
    }

    /// <summary>
    /// A PostgreSQL move's save without a transaction of its own yet (one that locked no rows): it may send all its
    /// statements as one command, without a transaction, if they fit in one and EF Core is left nothing to write.
    /// </summary>
    private static bool MayGoAsOneCommand(DbContext db, AppendBuffer buffer) =>
        buffer.TrackedRows == TrackedRowsWriting.Added && !buffer.HeldForBatch && db.Database.CurrentTransaction is null && !RowClaims.IsSqlite(db);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db) FlushAsync(db, sync: true, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await FlushAsync(db, sync: false, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    // A lost optimistic check does not count as a failed save for EF Core's interceptors: it has its own event.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Abandon(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Makes the coming save run in a transaction that lasts until the buffered rows are written: the caller's, or one begun
    /// here. The audit trail calls it before it reads the head of its chain, so that read and the append are one transaction.
    /// </summary>
    public static async Task EnsureTransactionAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return;
        var buffer = AppendBuffer.For(db);
        buffer.Owned = sync ? db.Database.BeginTransaction() : await db.Database.BeginTransactionAsync(cancellationToken);
        buffer.RestoreSavepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
    }

    private static async Task FlushAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        if (AppendBuffer.Existing(db) is not { } buffer) return;
        await WriteAsync(db, buffer, sync, cancellationToken);
        if (buffer.Owned is { } owned)
        {
            buffer.Owned = null;
            // Someone ended it already (a caller rolled back): nothing of this save stands, nothing to commit.
            if (!ReferenceEquals(owned, db.Database.CurrentTransaction)) return;
            try
            {
                if (sync) owned.Commit();
                else await owned.CommitAsync(cancellationToken);
            }
            finally
            {
                if (sync) owned.Dispose();
                else await owned.DisposeAsync();
                db.Database.AutoSavepointsEnabled = buffer.RestoreSavepoints;
            }
        }
    }

    private static async Task WriteAsync(DbContext db, AppendBuffer buffer, bool sync, CancellationToken cancellationToken)
    {
        if (buffer.IsEmpty || buffer.HeldForBatch) return;
        await using var batch = new StatementBatch(db, sync, cancellationToken);
        await WriteIntoAsync(batch, buffer);
        await batch.SendAsync();
    }

    /// <summary>Writes rows appended by other contexts (a group commit's moves) on <paramref name="db"/>, in its transaction.</summary>
    internal static async Task WriteRowsAsync(DbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        await using var batch = new StatementBatch(db, sync: false, cancellationToken);
        await WriteIntoAsync(batch, rows);
        await batch.SendAsync();
    }

    private static Task WriteIntoAsync(StatementBatch batch, AppendBuffer buffer) => WriteIntoAsync(batch, buffer.Take());

    private static async Task WriteIntoAsync(StatementBatch batch, IReadOnlyList<object> rows)
    {
        var updates = rows.OfType<HeldUpdate>().ToList();
        HeldUpdate.EnsureEachRowOnce(updates);
        // Table by table in the order each first appeared, a table whose rows point at another's after it (a batch's moves
        // leave their new rows of several tables: INewRowsWaitForBatch); within a table, in the order added.
        var tables = rows.Where(r => r is not HeldUpdate).GroupBy(r => r.GetType())
            .Select(t => (Table: AppendTable.For(batch.Db, t.Key), Rows: t.ToList())).ToList();
        foreach (var (table, tableRows) in TableOrder.ByReferences(tables, t => t.Table.EntityType) ?? tables)
            await table.WriteAsync(batch, tableRows);
        if (updates.Count == 0) return;
        // Each UPDATE counts the rows it changed: it goes alone, after the rows added.
        await batch.SendAsync();
        await HeldUpdate.WriteAsync(batch.Db, updates, batch.Sync, batch.CancellationToken);
    }

    /// <summary>The save failed: nothing of it is written, its rows neither.</summary>
    private static void Abandon(DbContext? db)
    {
        if (db is null || AppendBuffer.Existing(db) is not { } buffer) return;
        buffer.Clear();
        if (buffer.Owned is { } owned)
        {
            buffer.Owned = null;
            owned.Dispose();
            db.Database.AutoSavepointsEnabled = buffer.RestoreSavepoints;
        }
    }
}
