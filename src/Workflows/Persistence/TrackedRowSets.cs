using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Writes what a save adds and changes table by table instead of row by row (SQLite's EF Core provider sends one
/// statement per row): added rows with one multi-row INSERT per table (<see cref="AppendTable"/>), changed rows with one
/// UPDATE per table and set of changed columns (<see cref="UpdateSet"/>). It runs while the save starts, after the audit
/// trail has read what changed, and leaves EF Core nothing, or only the changed rows, to write. A save it cannot take
/// whole (a deletion, a key the store numbers, a type that points at itself or whose rows are not plain columns) is left
/// to EF Core whole.
/// </summary>
internal static class TrackedRowSets
{
    /// <param name="which">
    /// <see cref="TrackedRowsWriting.Added"/>: only the added rows; EF Core then updates the changed ones, after them (on
    /// PostgreSQL the changed rows go too, in the same command, where <see cref="ChecksInCommand"/> allows).
    /// <see cref="TrackedRowsWriting.All"/>: every row, for a batch of moves that changes the same columns of many rows.
    /// </param>
    /// <param name="heldForBatch">
    /// A move in SQLite's group commit: the added rows of types marked <see cref="INewRowsWaitForBatch"/> go there, for its
    /// batch to write with the other moves' (no row written now may point at them).
    /// </param>
    /// <returns>What EF Core is left to write: rows to add or delete (rows that may point at them must wait for its writes), changes only, or nothing.</returns>
    public static async Task<LeftToEfCore> WriteAsync(StatementBatch batch, TrackedRowsWriting which, AppendBuffer? heldForBatch = null)
    {
        var db = batch.Db;
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (heldForBatch is not null && which == TrackedRowsWriting.Added && entries.All(e => e.State != EntityState.Deleted))
            entries = HoldChanged(db, entries, heldForBatch);
        var changedInCommand = which == TrackedRowsWriting.Added && heldForBatch is null && batch.Combines;
        var taken = which == TrackedRowsWriting.All ? entries
            : entries.Where(e => e.State is EntityState.Added or EntityState.Deleted || (changedInCommand && ChecksInCommand(e))).ToList();
        if (taken.Count == 0) return entries.Count == 0 ? LeftToEfCore.Nothing : LeftToEfCore.Changes;
        var tables = taken.Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToList();
        var added = taken.All(CanTake) ? TableOrder.ByReferences(tables, t => t.Key) : null;
        if (added is null) return LeftToEfCore.NewRows;

        var waiting = heldForBatch is null ? null : WaitingForBatch(entries, added);
        // A single row too: it costs EF Core a statement as well, and here it travels with the save's other statements.
        foreach (var table in added)
        {
            if (waiting?.Contains(table.Key) == true) heldForBatch!.AddRange(table.Select(e => e.Entity));
            else await AppendTable.For(db, table.Key.ClrType).WriteAsync(batch, table.Select(e => e.Entity).ToList());
        }
        var changed = taken.Where(e => e.State == EntityState.Modified).GroupBy(e => (e.Metadata, Columns: ChangedColumns(e))).ToList();
        // A batch's UPDATE counts the rows it changed: it goes alone, after the rows added. A PostgreSQL move's ride with
        // its INSERTs, each checked in the server: one round trip for the move's writes.
        if (changed.Count > 0 && !changedInCommand) await batch.SendAsync();
        foreach (var table in changed)
        {
            var set = UpdateSet.For(db, table.Key.Metadata, table.First().Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToList());
            if (changedInCommand) await set.AddToAsync(batch, table.ToList());
            else await set.WriteAsync(db, table.ToList(), batch.Sync, batch.CancellationToken);
        }
        batch.WhenWritten(() =>
        {
            foreach (var entry in taken) Accept(entry);
        });
        return taken.Count == entries.Count ? LeftToEfCore.Nothing : LeftToEfCore.Changes;
    }

    /// <summary>
    /// Leaves a move's whole save to its batch when every row it adds or changes may wait (<see cref="INewRowsWaitForBatch"/>):
    /// the new rows and <see cref="HeldUpdate"/>s go to <paramref name="heldForBatch"/> and the rows are accepted as written,
    /// so the move needs no turn of the writer's at all. The batch writes them after the rows queued before, new rows first,
    /// so a changed row may point at a new one. False, touching nothing, when any row must be written at once.
    /// </summary>
    public static bool TryHoldWhole(DbContext db, AppendBuffer heldForBatch, Action beforeAccepting)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (!entries.All(e => e.State == EntityState.Modified ? MayWaitChanged(e) : e.State == EntityState.Added && MayWaitAdded(e))) return false;
        var added = entries.Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToList();
        if (TableOrder.ByReferences(added, t => t.Key) is not { } ordered) return false;
        beforeAccepting();
        HoldChanged(db, entries, heldForBatch);
        foreach (var table in ordered)
            foreach (var entry in table)
            {
                heldForBatch.Add(entry.Entity);
                Accept(entry);
            }
        return true;
    }

    /// <summary>
    /// A PostgreSQL move's changed row whose UPDATE rides in the command of its INSERTs. A lost check there names every row
    /// the command checked, so only rows whose lost check means the same go: the move's instance and tasks (the caller's
    /// 409) and rows without a check. A row counted among others (a box's fill) keeps EF Core's UPDATE, and its retry.
    /// </summary>
    private static bool ChecksInCommand(EntityEntry entry) =>
        entry.State == EntityState.Modified && CanTake(entry)
        && (StoreConflicts.IsCallersOwn(entry.Entity) || !entry.Metadata.GetProperties().Any(p => p.IsConcurrencyToken));

    private static bool MayWaitAdded(EntityEntry entry) => typeof(INewRowsWaitForBatch).IsAssignableFrom(entry.Metadata.ClrType) && CanTake(entry);

    /// <summary>
    /// Leaves the UPDATEs of the changed rows of types marked <see cref="INewRowsWaitForBatch"/> to the move's batch
    /// (<see cref="HeldUpdate"/>): no statement of the batch reads those rows before its COMMIT, so the move's turn needs to
    /// send none of them, and the batch sends one per table and set of columns for all its moves. The rows are accepted as
    /// written, so EF Core leaves them too; the batch checks each row's concurrency token as EF Core would have, and that no
    /// row is changed twice in one batch (the order of its statements is not its moves'). A save with a deletion is EF
    /// Core's whole, as before. Returns the entries still to write.
    /// </summary>
    private static List<EntityEntry> HoldChanged(DbContext db, List<EntityEntry> entries, AppendBuffer heldForBatch)
    {
        var held = entries.Where(e => e.State == EntityState.Modified && MayWaitChanged(e)).ToList();
        if (held.Count == 0) return entries;
        foreach (var table in held.GroupBy(e => (e.Metadata, Columns: ChangedColumns(e))))
        {
            var set = UpdateSet.For(db, table.Key.Metadata, table.First().Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToList());
            foreach (var entry in table)
            {
                heldForBatch.Add(new HeldUpdate(set, set.ValuesOf(entry)));
                Accept(entry);
            }
        }
        return entries.Where(e => e.State != EntityState.Unchanged).ToList();
    }

    private static bool MayWaitChanged(EntityEntry entry) =>
        typeof(INewRowsWaitForBatch).IsAssignableFrom(entry.Metadata.ClrType) && UpdateSet.Handles(entry.Metadata)
        && !entry.Metadata.FindPrimaryKey()!.Properties.Any(p => entry.Property(p.Name).IsModified)
        && !entry.Metadata.GetForeignKeys().Any(fk => fk.PrincipalEntityType == entry.Metadata);

    /// <summary>
    /// As EF Core accepts a row it wrote: what it holds now is what the store holds. The originals are set first: a changed
    /// row merely marked unchanged would go back to its old values in memory, and the caller would read those.
    /// </summary>
    private static void Accept(EntityEntry entry)
    {
        if (entry.State == EntityState.Modified) entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
    }

    private static bool CanTake(EntityEntry entry) =>
        entry.State != EntityState.Deleted && UpdateSet.Handles(entry.Metadata)
        // A key the store numbers is only known once inserted; a changed row's is known.
        && !entry.Metadata.FindPrimaryKey()!.Properties.Any(p => (entry.State == EntityState.Added && AppendTable.IsStoreGeneratedKey(p)) || entry.Property(p.Name).IsModified)
        && !entry.Metadata.GetForeignKeys().Any(fk => fk.PrincipalEntityType == entry.Metadata);

    /// <summary>
    /// The added tables whose rows may wait for the batch: marked, and pointed at by no row that is written now (an added row
    /// of another table, or a changed one, whose reference the store checks at once).
    /// </summary>
    internal static HashSet<IEntityType> WaitingForBatch(List<EntityEntry> entries, List<IGrouping<IEntityType, EntityEntry>> added)
    {
        var waiting = added.Select(t => t.Key).Where(t => typeof(INewRowsWaitForBatch).IsAssignableFrom(t.ClrType)).ToHashSet();
        for (var removed = true; removed && waiting.Count > 0;)
        {
            removed = false;
            foreach (var entry in entries)
                if (entry.State != EntityState.Added || !waiting.Contains(entry.Metadata))
                    foreach (var reference in entry.Metadata.GetForeignKeys())
                        removed |= waiting.Remove(reference.PrincipalEntityType);
        }
        return waiting;
    }

    private static string ChangedColumns(EntityEntry entry) => string.Join(",", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name));
}

/// <summary>What a save leaves EF Core to write once <see cref="TrackedRowSets"/> has taken its part.</summary>
internal enum LeftToEfCore { Nothing, Changes, NewRows }
