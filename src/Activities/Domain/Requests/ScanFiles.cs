using System.Text;

namespace WorkflowArchive.Domain.Requests;

/// <summary>
/// What a delivered scan must be: its first bytes match the type it declares (a page of HTML sent as image/png would
/// otherwise be served back as an image), and its name is a plain file name to show and download.
/// </summary>
public static class ScanFiles
{
    private static readonly Dictionary<string, byte[][]> Signatures = new()
    {
        ["application/pdf"] = ["%PDF-"u8.ToArray()],
        ["image/png"] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        ["image/jpeg"] = [[0xFF, 0xD8, 0xFF]],
        ["image/tiff"] = [[0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]],
    };

    public static IReadOnlyCollection<string> Types => Signatures.Keys;

    public static bool ContentIs(string contentType, ReadOnlySpan<byte> content)
    {
        if (!Signatures.TryGetValue(contentType, out var signatures)) return false;
        foreach (var signature in signatures)
            if (content.StartsWith(signature)) return true;
        return false;
    }

    /// <summary>The last segment of the name (either slash), without control characters, bounded; "archivo" when nothing is left.</summary>
    public static string SafeName(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new StringBuilder(last.Length);
        foreach (var c in last)
            if (!char.IsControl(c) && c is not ('"' or ':' or '<' or '>' or '|' or '*' or '?')) clean.Append(c);
        var name = clean.ToString().Trim().TrimStart('.');
        if (name.Length > 200) name = name[^200..];
        return name.Length == 0 ? "archivo" : name;
    }
}
