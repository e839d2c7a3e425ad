using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// The last link of each SQLite store's audit chain, as this process last wrote or read it, so a group-commit batch
/// can link its entries without asking the store first (<see cref="AuditChainInBatch"/>). Only what was committed is
/// kept. A head another process moved on is caught by the unique index on the chain's places: the batch fails, the
/// head is forgotten, and the next reader asks the store again.
/// </summary>
public sealed class AuditChainHeads
{
    public readonly record struct Head(long Sequence, string Hash)
    {
        public static Head Empty { get; } = new(0, AuditChain.Genesis);
    }

    private readonly ConcurrentDictionary<string, Head> _known = new();

    public bool TryGet(DbContext db, out Head head) => _known.TryGetValue(Store(db), out head);

    public void Set(DbContext db, Head head) => _known[Store(db)] = head;

    /// <summary>Kept only if nothing newer was set meanwhile: a reader outside the write lock may hold an older head.</summary>
    public void Offer(DbContext db, Head head) => _known.TryAdd(Store(db), head);

    public void Forget(DbContext db) => _known.TryRemove(Store(db), out _);

    /// <summary>The chain's last link in the store, or <see cref="Head.Empty"/> for a chain not begun.</summary>
    public static async Task<Head> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var last = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence)
            .Select(e => new { Sequence = e.Sequence!.Value, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return last is null ? Head.Empty : new Head(last.Sequence, last.Hash);
    }

    private static string Store(DbContext db) => db.Database.GetDbConnection().DataSource;
}
