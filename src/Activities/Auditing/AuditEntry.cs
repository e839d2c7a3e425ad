namespace WorkflowArchive.Activities.Auditing;

/// <summary>One saved change to an audited object: who, when, what, and each property's value before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string ObjectType { get; set; }
    public required string ObjectId { get; set; }
    public required string Action { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Actor { get; set; }
    public required string ChangesJson { get; set; }
}
