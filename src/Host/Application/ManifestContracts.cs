using WorkflowArchive.Domain.Transfers;

namespace WorkflowArchive.Host.Application;

// What the Manifest endpoints and pages take and give.

/// <summary>Condebamba's answer: receipt number and who signed; or the box did not arrive (boxMissing, with a note).</summary>
public sealed record ReceptionInput(string? ReceiptNumber, string? ReceivedBy, bool BoxMissing = false, string? Note = null);

public sealed record DispatchInput(string? CarriedBy);

public sealed record ManifestSummary(Guid Id, string Number, Guid BoxId, string BoxPath, ManifestStatus Status, int DossierCount,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? SentBy, string? CarriedBy, string? ReceiptNumber, DateTimeOffset? ReceivedAt,
    string? ReceivedBy, string? CondebambaReceiver, string? MissingNote)
{
    public static ManifestSummary From(TransferManifest m) => new(m.Id, m.Number, m.BoxId, m.BoxPath, m.Status, m.DossierCount, m.CreatedAt,
        m.SentAt, m.SentBy, m.CarriedBy, m.ReceiptNumber, m.ReceivedAt, m.ReceivedBy, m.CondebambaReceiver, m.MissingNote);
}
