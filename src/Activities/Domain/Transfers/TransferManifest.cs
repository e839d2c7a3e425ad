namespace WorkflowArchive.Domain.Transfers;

public enum ManifestStatus { Open, Received }

/// <summary>A remisión: the dossiers of one box sent to the Condebamba archive once their retention ended (step 11).</summary>
public sealed class TransferManifest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Number { get; set; }
    public Guid BoxId { get; set; }
    public required string BoxPath { get; set; }
    public ManifestStatus Status { get; set; }
    public int DossierCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ReceiptNumber { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
    public string? ReceivedBy { get; set; }
}
