using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Batches;

/// <summary>A binder an advisor handed to the archive (steps 2 and 4): who, when, which binder, how many transactions.</summary>
public sealed class Batch
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string Number { get; set; }
    public required string AdvisorCode { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public required string BinderNumber { get; set; }
    public int DossierCount { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public required string RegisteredBy { get; set; }
}
