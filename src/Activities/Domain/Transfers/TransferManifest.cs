using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Transfers;

/// <summary>
/// Where a remisión is on its way: prepared in the archive (dossiers of due boxes join it), sent (someone carried the
/// box), received by Condebamba under a receipt number, or reported missing there (the box did not arrive).
/// </summary>
public enum ManifestStatus { Prepared, Sent, Received, BoxMissing }

/// <summary>A remisión: the dossiers of one box sent to the Condebamba archive once their retention ended (step 11).</summary>
public sealed class TransferManifest
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string Number { get; set; }
    public Guid BoxId { get; set; }
    public required string BoxPath { get; set; }
    public ManifestStatus Status { get; set; }
    public int DossierCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Who registered the dispatch.</summary>
    public string? SentBy { get; set; }
    /// <summary>Who carried the box to Condebamba.</summary>
    public string? CarriedBy { get; set; }

    public string? ReceiptNumber { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
    /// <summary>Who registered Condebamba's receipt.</summary>
    public string? ReceivedBy { get; set; }
    /// <summary>Who signed for it at Condebamba.</summary>
    public string? CondebambaReceiver { get; set; }

    /// <summary>What Condebamba said when the box did not arrive.</summary>
    public string? MissingNote { get; set; }
}
