using System.Text.Json;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// One saved change to an audited object: who, when, what, and each property's value before and after. Every entry
/// becomes a link of one chain (<see cref="AuditChain"/>) soon after its save commits (<see cref="AuditChainLinker"/>):
/// its <see cref="Hash"/> then covers its content and the previous link's hash.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string ObjectType { get; set; }
    public required string ObjectId { get; set; }
    public required string Action { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>A signed-in user, or <see cref="ActorContext.System"/> for timers, sweeps and start-up work; never empty.</summary>
    public string Actor { get; set; } = "";
    public required string ChangesJson { get; set; }

    /// <summary>Position in the chain, 1 for the first entry linked; no gaps. Empty until the entry is linked.</summary>
    public long? Sequence { get; set; }
    /// <summary>The previous entry's <see cref="Hash"/> (<see cref="AuditChain.Genesis"/> for the first); empty until linked.</summary>
    public string PreviousHash { get; set; } = "";
    /// <summary>SHA-256 (hex) over this entry's canonical content and <see cref="PreviousHash"/>; empty until linked.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Its hash's content, worked out before its save waited for the write lock (<see cref="AuditChain.PrepareContent"/>); not stored.</summary>
    internal AuditChain.PreparedContent? Prepared;

    /// <summary>
    /// An entry for one change; <paramref name="changes"/> holds each changed property's value before and after. With no
    /// <paramref name="actor"/>, the scope's actor is written when it is saved.
    /// </summary>
    public static AuditEntry Of(string objectType, string objectId, string action, DateTimeOffset at, string? actor,
        IReadOnlyDictionary<string, (object? Before, object? After)> changes) => new()
    {
        ObjectType = objectType,
        ObjectId = objectId,
        Action = action,
        At = at,
        Actor = actor ?? "",
        // The shape AuditedChange.Parse reads: {"Property": {"before": ..., "after": ...}}.
        ChangesJson = JsonSerializer.Serialize(changes.ToDictionary(c => c.Key, c => (object)new { before = c.Value.Before, after = c.Value.After }),
            WorkflowJson.Options),
    };
}
