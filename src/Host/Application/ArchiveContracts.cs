using WorkflowArchive.Domain.Archive;

namespace WorkflowArchive.Host.Application;

// What the Archive endpoints and pages take and give.

public sealed record LocationInput(string? ParentCode, LocationKind Kind, string Code, string Name, int? Capacity, string? ClassificationPrefix);

public sealed record HoldInput(string? OrderNumber, string? BoxCode, string Reason);

public sealed record ReleaseInput(string Reason);
