namespace WorkflowArchive.Domain.Archive;

/// <summary>Suspends the transfer to Condebamba of a dossier, or of every dossier in a box, until it is released.</summary>
public sealed class LegalHold
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? DossierId { get; set; }
    public Guid? BoxId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public required string PlacedBy { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public string? ReleasedBy { get; set; }
    public string? ReleaseReason { get; set; }

    public bool IsActive => ReleasedAt is null;
}
