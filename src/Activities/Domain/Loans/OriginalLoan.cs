using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Loans;

/// <summary>
/// Step 10.2 with the original handed out instead of a scan or a photocopy: the archive no longer holds it until it comes
/// back, so the dossier cannot travel to Condebamba meanwhile.
/// </summary>
public sealed class OriginalLoan
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid DossierId { get; set; }
    public Guid RequestId { get; set; }
    public required string RequestNumber { get; set; }
    public required string LentTo { get; set; }
    public DateTimeOffset LentAt { get; set; }
    public string? LentBy { get; set; }
    public DateOnly DueBackOn { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? ReturnedBy { get; set; }

    public bool IsOut => ReturnedAt is null;
}
