using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Saves that write every tracked row table by table (<see cref="TrackedRowSets"/>): one UPDATE per table and set of
/// changed columns instead of one per row. For passes that change the same columns of many rows: a batch of timers, an
/// outbox drain's outcomes, the audit linker's links. The save runs in one transaction (the caller's, or one begun for it),
/// since its rows may take several statements.
/// </summary>
public static class SetSaves
{
    public static Task SaveChangesAsSetsAsync(this DbContext db, CancellationToken cancellationToken) =>
        db.AsSetsAsync(() => db.SaveChangesAsync(cancellationToken));

    /// <summary>Runs <paramref name="save"/> (a SaveChanges, or what wraps one) with the context's tracked rows written as sets.</summary>
    internal static async Task AsSetsAsync(this DbContext db, Func<Task> save)
    {
        var buffer = AppendBuffer.For(db);
        var writing = buffer.TrackedRows;
        buffer.TrackedRows = TrackedRowsWriting.All;
        try
        {
            await save();
        }
        finally
        {
            buffer.TrackedRows = writing;
        }
    }
}
