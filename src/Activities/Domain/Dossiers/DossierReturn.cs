using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Step 6: one return of an incomplete dossier to its advisor, and (step 7) how and when it came back.</summary>
public sealed class DossierReturn : INewRowsWaitForBatch
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid DossierId { get; set; }
    public int Number { get; set; }
    public required string AdvisorCode { get; set; }
    public required string Reason { get; set; }

    /// <summary>The missing or defective items, one per line.</summary>
    public required string Items { get; set; }
    public DateTimeOffset ReturnedAt { get; set; }
    public string? ReturnedBy { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? CorrectedAt { get; set; }
    public string? CorrectedBy { get; set; }
    public string? CorrectionNote { get; set; }

    /// <summary>Codes of the items the advisor says were supplied.</summary>
    public string? Supplied { get; set; }
}
