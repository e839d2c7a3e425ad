using System.Security.Cryptography;
using System.Text.Json;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>
/// What a backup holds, written beside it as <c>&lt;file&gt;.manifest.json</c>: restore checks the hash and the schema,
/// and prints the counts next to what it restored. A failed scheduled run leaves a manifest too, so it is listed.
/// </summary>
public sealed record BackupManifest(
    string File,
    string Provider,
    string? SchemaVersion,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, long> RowCounts,
    string? Sha256,
    long Size,
    bool Succeeded,
    string? Error)
{
    public const string Suffix = ".manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathFor(string backupFile) => backupFile + Suffix;

    public async Task WriteAsync(string backupFile, CancellationToken cancellationToken)
    {
        await using var stream = System.IO.File.Create(PathFor(backupFile));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    public static async Task<BackupManifest?> ReadAsync(string manifestFile, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(manifestFile)) return null;
        await using var stream = System.IO.File.OpenRead(manifestFile);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
    }

    public static async Task<string> Sha256Of(string file, CancellationToken cancellationToken)
    {
        await using var stream = System.IO.File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
