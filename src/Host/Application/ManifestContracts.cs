using WorkflowArchive.Domain.Transfers;

namespace WorkflowArchive.Host.Application;

// What the Manifest endpoints and pages take and give.

public sealed record ReceptionInput(string ReceiptNumber);

public sealed record ManifestSummary(Guid Id, string Number, Guid BoxId, string BoxPath, ManifestStatus Status, int DossierCount,
    DateTimeOffset CreatedAt, string? ReceiptNumber, DateTimeOffset? ReceivedAt, string? ReceivedBy)
{
    public static ManifestSummary From(TransferManifest m) =>
        new(m.Id, m.Number, m.BoxId, m.BoxPath, m.Status, m.DossierCount, m.CreatedAt, m.ReceiptNumber, m.ReceivedAt, m.ReceivedBy);
}
