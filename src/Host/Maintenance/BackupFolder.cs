using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Maintenance;

public sealed record BackupListing(string File, long Size, DateTimeOffset Time, bool Succeeded, string? SchemaVersion, string? Error);

/// <summary>The backup folder is the log of backups: one manifest per run, failed runs included. No table, no migration.</summary>
public sealed class BackupFolder(BackupOptions options, DatabaseOptions database, IHostEnvironment environment)
{
    public string Path => System.IO.Path.GetFullPath(options.Folder ?? System.IO.Path.Combine(database.DataFolder, "backups"), environment.ContentRootPath);

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<BackupListing>> ListAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path)) return [];
        var listings = new List<BackupListing>();
        foreach (var file in Directory.EnumerateFiles(Path, "*" + BackupManifest.Suffix))
        {
            var manifest = await BackupManifest.ReadAsync(file, cancellationToken);
            if (manifest is not null)
                listings.Add(new BackupListing(manifest.File, manifest.Size, manifest.CreatedAt, manifest.Succeeded, manifest.SchemaVersion, manifest.Error));
        }
        return listings.OrderByDescending(l => l.Time).ThenByDescending(l => l.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>Keeps the newest <paramref name="keep"/> runs (backup file and manifest); deletes the rest.</summary>
    public async Task PruneAsync(int keep, CancellationToken cancellationToken)
    {
        foreach (var old in (await ListAsync(cancellationToken)).Skip(Math.Max(1, keep)))
        {
            var file = System.IO.Path.Combine(Path, old.File);
            File.Delete(file);
            File.Delete(BackupManifest.PathFor(file));
        }
    }
}
