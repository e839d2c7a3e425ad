using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Lets the domain finish the rows a SQLite batch appends, just before the <see cref="GroupCommitWriter"/> writes them:
/// inside the batch's transaction, holding the store's one write lock, so whatever it reads no other writer changes
/// until the batch ends. Registered as singletons; the writer calls them in its loop, one batch at a time.
/// </summary>
public interface IGroupCommitRows
{
    /// <summary>The rows about to be written, in the order they will be inserted; may be called more than once per batch.</summary>
    Task BeforeWriteAsync(DbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken);

    /// <summary>The batch of <paramref name="db"/> has ended: committed, or rolled back with everything it wrote.</summary>
    void BatchEnded(DbContext db, bool committed);
}
