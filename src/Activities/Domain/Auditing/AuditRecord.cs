using System.Text.Json.Nodes;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>One audit entry as a person reads it: who did what, when, and each property's value before and after.</summary>
public sealed record AuditRecord(long Id, string Action, DateTimeOffset At, string? Actor, IReadOnlyList<AuditedChange> Changes)
{
    public static AuditRecord From(AuditEntry entry) =>
        new(entry.Id, entry.Action, entry.At, entry.Actor, AuditedChange.Parse(entry.ChangesJson));
}

/// <summary>A property's value before and after the change (null before a creation, null after a deletion).</summary>
public sealed record AuditedChange(string Property, JsonNode? Before, JsonNode? After)
{
    /// <summary>Reads the interceptor's <c>{"Property": {"before": ..., "after": ...}}</c>.</summary>
    public static IReadOnlyList<AuditedChange> Parse(string changesJson) =>
        JsonNode.Parse(changesJson) is JsonObject changes
            ? changes.Select(c => new AuditedChange(c.Key, c.Value?["before"]?.DeepClone(), c.Value?["after"]?.DeepClone())).ToList()
            : [];
}
