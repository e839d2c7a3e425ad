using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Links committed, unlinked audit entries to the end of the chain, in the order they were written (their ids). Saves
/// write their entries unlinked, so they never wait for one another at the chain's head; linkers take turns instead:
/// each pass is one transaction that, on PostgreSQL, first takes an advisory lock shared by every host, and on SQLite
/// holds the one write lock (BEGIN IMMEDIATE). A linker sees only committed rows, so an entry whose save rolls back is
/// never linked, and one committed after a pass is linked by the next. On SQLite a group-commit batch links its own
/// entries (<see cref="AuditChainInBatch"/>); a pass tells it where the chain now ends.
/// </summary>
public sealed class AuditChainLinker(DbContext db, SqliteWriteTurns writeTurns, AuditChainHeads heads)
{
    /// <summary>Entries linked per transaction: a backlog is linked in several short passes, not one long lock.</summary>
    public const int PassSize = 500;

    private const long LockKey = 0x5741_4155_4449; // "WAAUDI"

    /// <summary>The unique index on the chain's places, which also finds the entries without one (NULL).</summary>
    internal const string SequenceIndex = "IX_audit_entries_Sequence";

    /// <summary>Links every entry committed and unlinked when it starts; returns how many it linked.</summary>
    public async Task<int> LinkPendingAsync(CancellationToken cancellationToken)
    {
        var linked = 0;
        int pass;
        do
        {
            pass = await LinkPassAsync(cancellationToken);
            linked += pass;
        } while (pass == PassSize);
        // A SQLite host's batches link from the head this process knows: learnt here, off the moves' path, once at
        // start-up and again after a batch forgot it.
        if (RowClaims.IsSqlite(db) && !heads.TryGet(db, out _)) heads.Offer(db, await AuditChainHeads.ReadAsync(db, cancellationToken));
        return linked;
    }

    private async Task<int> LinkPassAsync(CancellationToken cancellationToken)
    {
        // Most passes find nothing: ask before taking any lock.
        if (!await Unlinked().AnyAsync(cancellationToken)) return 0;
        using var turn = await writeTurns.WaitAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (RowClaims.CanLockRows(db)) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        var head = await AuditChainHeads.ReadAsync(db, cancellationToken);
        var entries = await Unlinked().AsNoTracking().OrderBy(e => e.Id).Take(PassSize).ToListAsync(cancellationToken);
        var (sequence, previous) = (head.Sequence, head.Hash);
        foreach (var entry in entries)
        {
            AuditChain.Link(entry, ++sequence, previous);
            previous = entry.Hash;
        }
        await AuditLinkWrite.WriteAsync(db, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Still holding the write turn: no batch links between the COMMIT and this.
        if (RowClaims.IsSqlite(db)) heads.Set(db, new AuditChainHeads.Head(sequence, previous));
        return entries.Count;
    }

    /// <summary>
    /// Entries with no place yet, through <see cref="SequenceIndex"/>. SQLite is told to use it: with statistics taken while
    /// every entry was unlinked (an ANALYZE after a bulk load or a restore), its planner read the whole audit trail in id
    /// order instead, a pass longer with every entry the archive keeps, all of it under the write lock.
    /// </summary>
    private IQueryable<AuditEntry> Unlinked() => RowClaims.IsSqlite(db)
        ? db.Set<AuditEntry>().FromSqlRaw($"SELECT * FROM audit_entries INDEXED BY \"{SequenceIndex}\" WHERE \"Sequence\" IS NULL")
        : db.Set<AuditEntry>().Where(e => e.Sequence == null);
}
