namespace WorkflowArchive.Activities.Requests;

public enum RetrievalStatus { Registered, Recovered, NotFound }

/// <summary>Step 10: a unit asks for a dossier's documentation; the manager delivers a scan or photocopy, or says it was not found.</summary>
public sealed class RetrievalRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Number { get; set; }
    public required string OrderNumber { get; set; }
    public required string RequestedBy { get; set; }
    public string? RequestingUnit { get; set; }
    public string? Reason { get; set; }
    public RetrievalStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? DeliveryMethod { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public string? NotFoundReason { get; set; }
    public Guid? InstanceId { get; set; }
}
