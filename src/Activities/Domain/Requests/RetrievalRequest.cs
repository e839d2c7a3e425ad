using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Requests;

public enum RetrievalStatus { Registered, Recovered, NotFound }

/// <summary>
/// Step 10: a unit asks for documentation (by order number, customer CI/NIT, name or sale-date range); the manager
/// delivers a scan or a photocopy, or records that it was not found. Recovered / requested is the procedure's KPI.
/// </summary>
public sealed class RetrievalRequest
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string Number { get; set; }
    public string? OrderNumber { get; set; }
    public string? CustomerDocument { get; set; }
    public string? CustomerName { get; set; }
    public DateOnly? SaleDateFrom { get; set; }
    public DateOnly? SaleDateTo { get; set; }
    public required string RequestedBy { get; set; }
    public string? RequestingUnit { get; set; }
    public string? Reason { get; set; }
    public RetrievalStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public Guid? DossierId { get; set; }
    public string? DeliveryMethod { get; set; }
    public Guid? AttachmentId { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public string? NotFoundReason { get; set; }
    public Guid? InstanceId { get; set; }
}
