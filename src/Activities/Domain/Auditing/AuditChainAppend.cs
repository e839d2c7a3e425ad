using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Links the entries one SaveChanges adds to the end of the chain. Appends take turns, or two saves would link to the
/// same head: the head is read inside the save's transaction (begun here when the caller has none) after taking, on
/// PostgreSQL, a transaction-scoped advisory lock; on SQLite that transaction (BEGIN IMMEDIATE) already holds the one
/// write lock. The lock ends with the transaction, so a caller's longer transaction holds it until it commits.
/// </summary>
internal sealed class AuditChainAppend
{
    private const long LockKey = 0x5741_4155_4449; // "WAAUDI"
    private IDbContextTransaction? _owned;

    public async Task AppendAsync(DbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) _owned = await db.Database.BeginTransactionAsync(cancellationToken);
        if (RowClaims.CanLockRows(db)) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        var head = await Head(db).FirstOrDefaultAsync(cancellationToken);
        Link(entries, head);
    }

    public void Append(DbContext db, IReadOnlyList<AuditEntry> entries)
    {
        if (db.Database.CurrentTransaction is null) _owned = db.Database.BeginTransaction();
        if (RowClaims.CanLockRows(db)) db.Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({LockKey})");
        Link(entries, Head(db).FirstOrDefault());
    }

    /// <summary>Ends the transaction this class began (if it began one): committed when the save went through.</summary>
    public async Task EndAsync(bool saved, CancellationToken cancellationToken)
    {
        if (_owned is not { } transaction) return;
        _owned = null;
        await using (transaction)
        {
            if (saved) await transaction.CommitAsync(cancellationToken);
            else await transaction.RollbackAsync(CancellationToken.None);
        }
    }

    public void End(bool saved)
    {
        if (_owned is not { } transaction) return;
        _owned = null;
        using (transaction)
        {
            if (saved) transaction.Commit();
            else transaction.Rollback();
        }
    }

    private static IQueryable<ChainHead> Head(DbContext db) => db.Set<AuditEntry>().AsNoTracking()
        .OrderByDescending(e => e.Sequence).Select(e => new ChainHead(e.Sequence, e.Hash));

    private static void Link(IReadOnlyList<AuditEntry> entries, ChainHead? head)
    {
        var (sequence, previous) = head is null ? (0L, AuditChain.Genesis) : (head.Sequence, head.Hash);
        foreach (var entry in entries)
        {
            AuditChain.Link(entry, ++sequence, previous);
            previous = entry.Hash;
        }
    }

    private sealed record ChainHead(long Sequence, string Hash);
}
