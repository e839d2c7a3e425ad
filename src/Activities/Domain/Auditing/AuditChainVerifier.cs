using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Walks the audit chain from its first entry and reports the first link that does not hold: an entry whose content no
/// longer matches its hash (edited), a position with no entry (deleted, or its place taken away), or an entry that does
/// not link to the one before it (inserted, or its predecessor replaced). Entries not linked yet
/// (<see cref="AuditChainLinker"/>) are not part of the chain; callers that want them checked link them first.
/// </summary>
public sealed class AuditChainVerifier(DbContext db)
{
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        long expected = 1, checkedEntries = 0;
        var previous = AuditChain.Genesis;
        // Streamed in chain order: the trail grows without bound, memory must not.
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var broken = entry.Sequence != expected ? DomainTexts.AuditEntryMissing.With(expected, entry.Sequence)
                : entry.PreviousHash != previous ? DomainTexts.AuditLinkBroken.With(entry.Sequence)
                : AuditChain.HashOf(entry) != entry.Hash ? DomainTexts.AuditEntryAltered.With(entry.Sequence, entry.ObjectType, entry.ObjectId)
                : null;
            if (broken is not null) return Broken(broken, checkedEntries, entry);
            checkedEntries++;
            expected = entry.Sequence!.Value + 1;
            previous = entry.Hash;
        }
        var intact = DomainTexts.AuditChainIntact.With(checkedEntries);
        return new AuditChainReport(true, checkedEntries, intact.Code, intact.ToString(), null);
    }

    private static AuditChainReport Broken(Text text, long checkedEntries, AuditEntry entry) =>
        new(false, checkedEntries, text.Code, text.ToString(), new AuditChainBreak(entry.Id, entry.Sequence!.Value, entry.ObjectType, entry.ObjectId));
}
