using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Links the entries written before the chain existed: the AuditChain migration numbers them in id order and leaves
/// their hash empty; the host links them once, at start-up, before it writes anything new. Entries a save wrote
/// unlinked (no place yet) are <see cref="AuditChainLinker"/>'s.
/// </summary>
public static class AuditChainBackfill
{
    public static async Task<int> LinkUnlinkedAsync(DbContext db, CancellationToken cancellationToken)
    {
        var unlinked = await db.Set<AuditEntry>().Where(e => e.Hash == "" && e.Sequence != null).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        if (unlinked.Count == 0) return 0;
        var first = unlinked[0].Sequence!.Value;
        var previous = first == 1 ? AuditChain.Genesis
            : await db.Set<AuditEntry>().Where(e => e.Sequence == first - 1).Select(e => e.Hash).SingleAsync(cancellationToken);
        foreach (var entry in unlinked)
        {
            AuditChain.Link(entry, entry.Sequence!.Value, previous);
            previous = entry.Hash;
        }
        await db.SaveChangesAsync(cancellationToken);
        return unlinked.Count;
    }
}
