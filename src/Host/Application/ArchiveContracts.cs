using WorkflowArchive.Domain.Archive;

namespace WorkflowArchive.Host.Application;

// What the Archive endpoints and pages take and give.

public sealed record LocationInput(string? ParentCode, LocationKind Kind, string Code, string Name, int? Capacity, string? ClassificationPrefix);

public sealed record HoldInput(string? OrderNumber, string? BoxCode, string Reason, string? CustomerDocument = null);

public sealed record ReleaseInput(string Reason);

public sealed record LocationView(Guid Id, Guid? ParentId, LocationKind Kind, string Code, string Name, int? Capacity, int Filled,
    string Path, string? ClassificationPrefix, bool Closed)
{
    public static LocationView From(ArchiveLocation l) =>
        new(l.Id, l.ParentId, l.Kind, l.Code, l.Name, l.Capacity, l.Filled, l.Path, l.ClassificationPrefix, l.Closed);
}

/// <summary>A legal hold with what it sits on as staff name it: the dossier's order number, the box's code or the customer's document.</summary>
public sealed record LegalHoldView(Guid Id, Guid? DossierId, Guid? BoxId, string Reason, DateTimeOffset PlacedAt, string PlacedBy,
    DateTimeOffset? ReleasedAt, string? ReleasedBy, string? ReleaseReason, bool IsActive,
    string? OrderNumber = null, string? BoxCode = null, string? CustomerDocument = null)
{
    public static LegalHoldView From(LegalHold h, string? orderNumber, string? boxCode) =>
        new(h.Id, h.DossierId, h.BoxId, h.Reason, h.PlacedAt, h.PlacedBy, h.ReleasedAt, h.ReleasedBy, h.ReleaseReason, h.IsActive,
            orderNumber, boxCode, h.CustomerDocument);
}
