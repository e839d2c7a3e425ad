using WorkflowArchive.Domain.Requests;

namespace WorkflowArchive.Host.Application;

// What the Request endpoints and pages take and give.

/// <summary>What a requester asks for. No number: the service gives every request its own (SOL-yyyyMMdd-XXXXXX).</summary>
public sealed record RequestInput(string? OrderNumber, string? CustomerDocument, string? CustomerName,
    DateOnly? SaleDateFrom, DateOnly? SaleDateTo, string? RequestingUnit, string? Reason, DateOnly? DueDate);

/// <summary>A request as its readers see it: what was asked, by whom, by when, and the answer.</summary>
public sealed record RequestDetail(string Number, string? OrderNumber, string? CustomerDocument, string? CustomerName,
    DateOnly? SaleDateFrom, DateOnly? SaleDateTo, string RequestedBy, string? RequestingUnit, string? Reason, RetrievalStatus Status,
    DateTimeOffset RequestedAt, DateTimeOffset? DueAt, Guid? DossierId, string? DeliveryMethod, Guid? AttachmentId,
    DateTimeOffset? ResolvedAt, string? ResolvedBy, string? NotFoundReason, Guid? InstanceId)
{
    public static RequestDetail From(RetrievalRequest r) => new(r.Number, r.OrderNumber, r.CustomerDocument, r.CustomerName,
        r.SaleDateFrom, r.SaleDateTo, r.RequestedBy, r.RequestingUnit, r.Reason, r.Status, r.RequestedAt, r.DueAt, r.DossierId,
        r.DeliveryMethod, r.AttachmentId, r.ResolvedAt, r.ResolvedBy, r.NotFoundReason, r.InstanceId);
}

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>A delivered scan, to download.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
