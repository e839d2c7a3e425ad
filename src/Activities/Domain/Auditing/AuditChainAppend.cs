using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Links the entries one SaveChanges adds to the end of the chain. Appends take turns, or two saves would link to the
/// same head: the head is read inside the save's transaction (begun by <see cref="AppendBufferFlush"/> when the caller
/// has none) after taking, on PostgreSQL, a transaction-scoped advisory lock; on SQLite that transaction (BEGIN IMMEDIATE)
/// already holds the one write lock. The lock ends with the transaction, so it is taken as late as the save allows: as its
/// last step, once every other row is written (<see cref="AppendBuffer.AddLastAsync"/>); a caller's longer transaction
/// still holds it until it commits. The linked entries are written right after, in that transaction, in chain order.
/// </summary>
internal sealed class AuditChainAppend
{
    private const long LockKey = 0x5741_4155_4449; // "WAAUDI"

    public async Task AppendAsync(DbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await AppendBufferFlush.EnsureTransactionAsync(db, sync: false, cancellationToken);
        await AppendBuffer.For(db).AddLastAsync((sync, token) => LinkAsync(db, entries, sync, token), sync: false, cancellationToken);
    }

    public void Append(DbContext db, IReadOnlyList<AuditEntry> entries)
    {
        AppendBufferFlush.EnsureTransactionAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        AppendBuffer.For(db).AddLastAsync((sync, token) => LinkAsync(db, entries, sync, token), sync: true, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static async Task LinkAsync(DbContext db, IReadOnlyList<AuditEntry> entries, bool sync, CancellationToken cancellationToken)
    {
        if (RowClaims.CanLockRows(db))
        {
            if (sync) db.Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({LockKey})");
            else await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }
        Link(db, entries, sync ? Head(db).FirstOrDefault() : await Head(db).FirstOrDefaultAsync(cancellationToken));
    }

    private static IQueryable<ChainHead> Head(DbContext db) => db.Set<AuditEntry>().AsNoTracking()
        .OrderByDescending(e => e.Sequence).Select(e => new ChainHead(e.Sequence, e.Hash));

    /// <summary>Links the entries in order and hands them to the save's append buffer, which writes them in that order.</summary>
    private static void Link(DbContext db, IReadOnlyList<AuditEntry> entries, ChainHead? head)
    {
        var (sequence, previous) = head is null ? (0L, AuditChain.Genesis) : (head.Sequence, head.Hash);
        var buffer = AppendBuffer.For(db);
        foreach (var entry in entries)
        {
            AuditChain.Link(entry, ++sequence, previous);
            previous = entry.Hash;
            buffer.Add(entry);
        }
    }

    private sealed record ChainHead(long Sequence, string Hash);
}
