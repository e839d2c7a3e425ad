using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Archive;

/// <summary>Suspends the transfer to Condebamba of a dossier, of every dossier in a box, or of every dossier of a customer, until it is released.</summary>
public sealed class LegalHold
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid? DossierId { get; set; }
    public Guid? BoxId { get; set; }

    /// <summary>A customer's identity document (CI or NIT): every dossier of theirs, filed now or later, is held.</summary>
    public string? CustomerDocument { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public required string PlacedBy { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public string? ReleasedBy { get; set; }
    public string? ReleaseReason { get; set; }

    public bool IsActive => ReleasedAt is null;
}
