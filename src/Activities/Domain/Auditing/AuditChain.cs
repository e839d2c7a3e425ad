using System.Buffers;
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

    /// <summary>
    /// SHA-256, lower-case hex, of the entry's fields in a fixed order: the JSON array [place, object type, object id,
    /// action, instant, actor, changes, previous hash] (no ambiguity between fields).
    /// </summary>
    public static string HashOf(AuditEntry entry)
    {
        var content = entry.Prepared is { } prepared && prepared.StillDescribes(entry) ? prepared.Utf8 : ContentOf(entry);
        var place = entry.Sequence is { } sequence ? sequence.ToString(CultureInfo.InvariantCulture) : "null";
        var previous = JsonSerializer.SerializeToUtf8Bytes(entry.PreviousHash);
        var length = place.Length + content.Length + previous.Length + 4;
        var canonical = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = 0;
            canonical[at++] = (byte)'[';
            at += Encoding.ASCII.GetBytes(place, canonical.AsSpan(at));
            canonical[at++] = (byte)',';
            content.CopyTo(canonical, at);
            at += content.Length;
            canonical[at++] = (byte)',';
            previous.CopyTo(canonical, at);
            canonical[length - 1] = (byte)']';
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(canonical.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(canonical);
        }
    }

    /// <summary>
    /// Works out the entry's content for its hash ahead, before its save waits for the store's write lock: on SQLite the
    /// group-commit batch links the entry while holding it, and then only the place and the previous hash are left to add.
    /// </summary>
    public static void PrepareContent(AuditEntry entry) => entry.Prepared = new PreparedContent(entry, ContentOf(entry));

    /// <summary>The fields between the place and the previous hash, as they stand in the canonical array (UTF-8, no brackets).</summary>
    private static byte[] ContentOf(AuditEntry entry)
    {
        // Written field by field, as JsonSerializer writes the array (the same default escaping), without boxing them,
        // through a writer each thread keeps: only the content itself is allocated.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        json.WriteStartArray();
        json.WriteStringValue(entry.ObjectType);
        json.WriteStringValue(entry.ObjectId);
        json.WriteStringValue(entry.Action);
        json.WriteStringValue(entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        json.WriteStringValue(entry.Actor);
        json.WriteStringValue(entry.ChangesJson);
        json.WriteEndArray();
        json.Flush();
        return buffer.WrittenSpan[1..^1].ToArray();
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    /// <summary>
    /// An entry's content worked out ahead, with the values it was made from: if one has changed since, it is not used.
    /// The instant is compared as an instant: the content holds it in UTC, whatever its offset.
    /// </summary>
    internal sealed class PreparedContent(AuditEntry entry, byte[] utf8)
    {
        private readonly (string, string, string, DateTimeOffset, string, string) _from =
            (entry.ObjectType, entry.ObjectId, entry.Action, entry.At, entry.Actor, entry.ChangesJson);

        public byte[] Utf8 { get; } = utf8;

        public bool StillDescribes(AuditEntry entry)
        {
            var (objectType, objectId, action, at, actor, changes) = _from;
            return ReferenceEquals(objectType, entry.ObjectType) && ReferenceEquals(objectId, entry.ObjectId) && ReferenceEquals(action, entry.Action)
                   && at.Equals(entry.At) && ReferenceEquals(actor, entry.Actor) && ReferenceEquals(changes, entry.ChangesJson);
        }
    }
}
