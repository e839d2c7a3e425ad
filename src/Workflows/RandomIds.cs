using System.Security.Cryptography;

namespace WorkflowArchive.Workflows;

/// <summary>
/// New random ids, version 4 as <see cref="Guid.NewGuid"/> makes them, cut from a per-thread buffer of cryptographic
/// random bytes. On this platform Guid.NewGuid reads /dev/urandom for every id, one system call each, and every row EF
/// Core materializes runs its id initializer: about twenty calls per retention timer fired, a sixth of a batch's time.
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
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4: the high nibble of the third group
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
