using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>
/// A remisión received with one of its dossiers (the dossier's reception task completed on its own): one statement that
/// marks it received unless someone did first. The remisión's dossier count is a concurrency token for its dispatch, and
/// through the unit of work this write would check it too: every dossier of the box counted in meanwhile made the
/// reception run again, only to write the same thing.
/// </summary>
internal static class ManifestReceipt
{
    /// <summary>True when this move received it; false when another had (the tracked row is left as the store has it then).</summary>
    public static async Task<bool> RecordAsync(DbContext db, TransferManifest manifest, string receipt, DateTimeOffset now, string? actor,
        CancellationToken cancellationToken)
    {
        await MoveTransaction.EnsureAsync(db, cancellationToken);
        var received = await db.Set<TransferManifest>()
            .Where(m => m.Id == manifest.Id && m.Status != ManifestStatus.Received)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, ManifestStatus.Received)
                .SetProperty(m => m.ReceiptNumber, receipt)
                .SetProperty(m => m.ReceivedAt, now)
                .SetProperty(m => m.ReceivedBy, actor), cancellationToken) == 1;
        if (!received) return false;

        var entry = db.Entry(manifest);
        var changes = new Dictionary<string, (object? Before, object? After)>();
        Settle(nameof(TransferManifest.Status), ManifestStatus.Received);
        Settle(nameof(TransferManifest.ReceiptNumber), receipt);
        Settle(nameof(TransferManifest.ReceivedAt), now);
        Settle(nameof(TransferManifest.ReceivedBy), actor);
        // Without an actor: the save gives it the move's, as it does the entries it describes itself.
        db.Set<AuditEntry>().Add(AuditEntry.Of(nameof(TransferManifest), manifest.Id.ToString(), "Modified", now, actor: null, changes));
        return true;

        // The row holds the value now: the unit of work neither writes it again nor checks it; the audit says what changed.
        void Settle(string property, object? value)
        {
            var column = entry.Property(property);
            if (!Equals(column.OriginalValue, value)) changes[property] = (column.OriginalValue, value);
            column.CurrentValue = value;
            column.OriginalValue = value;
            column.IsModified = false;
        }
    }
}
