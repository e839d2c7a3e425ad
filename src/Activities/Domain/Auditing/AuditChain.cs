using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// The audit trail as one global hash chain: entry n stores SHA-256(canonical content of n + hash of n-1). One chain for
/// all objects, not one per object, because only a global chain shows an entry (or an object's whole trail) deleted,
/// or rows slipped in between. Saves write their entries unlinked and a linker links them after they commit
/// (<see cref="AuditChainLinker"/>): only linking takes turns across hosts, not every save.
/// </summary>
public static class AuditChain
{
    /// <summary>What the first entry links to.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Cuts the entry's instant to whole microseconds, the precision PostgreSQL keeps, so what is written is what a later
    /// reading of the row gives, and the hash computed from either is the same.
    /// </summary>
    public static void CutToStoredPrecision(AuditEntry entry) =>
        entry.At = new DateTimeOffset(entry.At.UtcTicks - entry.At.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>Gives the entry its place in the chain.</summary>
    public static void Link(AuditEntry entry, long sequence, string previousHash)
    {
        CutToStoredPrecision(entry);
        entry.Sequence = sequence;
        entry.PreviousHash = previousHash;
        entry.Hash = HashOf(entry);
    }

    /// <summary>SHA-256, lower-case hex, of the entry's fields in a fixed order (a JSON array: no ambiguity between fields).</summary>
    public static string HashOf(AuditEntry entry)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            entry.Sequence, entry.ObjectType, entry.ObjectId, entry.Action,
            entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.Actor, entry.ChangesJson, entry.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
