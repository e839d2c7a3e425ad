namespace WorkflowArchive.Host.Application;

// What the Request endpoints and pages take and give.

public sealed record RequestInput(string? Number, string? OrderNumber, string? CustomerDocument, string? CustomerName,
    DateOnly? SaleDateFrom, DateOnly? SaleDateTo, string? RequestingUnit, string? Reason, DateOnly? DueDate);

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);
