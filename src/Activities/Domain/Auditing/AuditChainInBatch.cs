using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Links the audit entries of a SQLite group-commit batch as the batch writes them. The batch holds the store's one
/// write lock, so no other link can come in between, and its entries are inserted once, linked. Linked after their
/// commit instead (<see cref="AuditChainLinker"/>), every entry was written twice, and each pass held the write lock
/// the moves queued behind. The linker still links the entries of saves outside a batch (a binder's starts, the API's
/// edits); the chain then takes them after the batches' entries already linked.
/// </summary>
public sealed class AuditChainInBatch(AuditChainHeads heads) : IGroupCommitRows
{
    /// <summary>The head after what a batch linked so far, until the batch ends.</summary>
    private readonly ConditionalWeakTable<DbContext, StrongBox<AuditChainHeads.Head>> _linkedInBatch = new();

    public async Task BeforeWriteAsync(DbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        if (!rows.Any(row => row is AuditEntry)) return;
        var head = _linkedInBatch.TryGetValue(db, out var inBatch) ? inBatch.Value
            : heads.TryGet(db, out var known) ? known
            : await AuditChainHeads.ReadAsync(db, cancellationToken);
        foreach (var row in rows)
        {
            if (row is not AuditEntry entry) continue;
            AuditChain.Link(entry, head.Sequence + 1, head.Hash);
            head = new AuditChainHeads.Head(entry.Sequence!.Value, entry.Hash);
        }
        _linkedInBatch.AddOrUpdate(db, new StrongBox<AuditChainHeads.Head>(head));
    }

    public void BatchEnded(DbContext db, bool committed)
    {
        if (!_linkedInBatch.TryGetValue(db, out var linked)) return;
        _linkedInBatch.Remove(db);
        // A batch rolled back may have failed on the chain itself (another process linked first): ask the store again.
        if (committed) heads.Set(db, linked.Value);
        else heads.Forget(db);
    }
}
