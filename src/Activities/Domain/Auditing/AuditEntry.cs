using System.Text.Json;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

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

    /// <summary>An entry for one change; <paramref name="changes"/> holds each changed property's value before and after.</summary>
    public static AuditEntry Of(string objectType, string objectId, string action, DateTimeOffset at, string? actor,
        IReadOnlyDictionary<string, (object? Before, object? After)> changes) => new()
    {
        ObjectType = objectType,
        ObjectId = objectId,
        Action = action,
        At = at,
        Actor = actor,
        // The shape AuditedChange.Parse reads: {"Property": {"before": ..., "after": ...}}.
        ChangesJson = JsonSerializer.Serialize(changes.ToDictionary(c => c.Key, c => (object)new { before = c.Value.Before, after = c.Value.After }),
            WorkflowJson.Options),
    };
}
