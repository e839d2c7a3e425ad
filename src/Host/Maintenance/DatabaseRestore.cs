using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Maintenance;

public sealed record RestoreReport(string Target, string? BackupSchema, string? SchemaNow,
    IReadOnlyDictionary<string, long> BackupCounts, IReadOnlyDictionary<string, long> RestoredCounts);

/// <summary>
/// Puts a backup back into an empty store only: everything is checked (manifest, hash, provider, schema, emptiness)
/// before the first byte is written, so a refused restore changes nothing. An older schema is migrated forward.
/// </summary>
public sealed class DatabaseRestore(DatabaseOptions target)
{
    public async Task<RestoreReport> RestoreAsync(string backupFile, CancellationToken cancellationToken)
    {
        backupFile = Path.GetFullPath(backupFile);
        if (!File.Exists(backupFile)) throw new WorkflowNotFoundException(HostTexts.BackupNotFound.With(backupFile));
        var manifest = await BackupManifest.ReadAsync(BackupManifest.PathFor(backupFile), cancellationToken)
            ?? throw new WorkflowConflictException(HostTexts.BackupManifestMissing.With(BackupManifest.PathFor(backupFile)));
        if (manifest.Provider != target.Provider.ToString())
            throw new WorkflowConflictException(HostTexts.RestoreProviderMismatch.With(manifest.Provider, target.Provider));
        var sha = await BackupManifest.Sha256Of(backupFile, cancellationToken);
        if (!string.Equals(sha, manifest.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new WorkflowConflictException(HostTexts.RestoreChecksumMismatch.With(backupFile, sha, manifest.Sha256));
        await using (var probe = MaintenanceDatabase.Open(target.Provider, target.ConnectionString!))
        {
            var latest = probe.Database.GetMigrations().LastOrDefault();
            if (manifest.SchemaVersion is { } schema && latest is not null && string.CompareOrdinal(schema, latest) > 0)
                throw new WorkflowConflictException(HostTexts.RestoreSchemaNewer.With(schema, latest));
        }

        var where = target.Provider == DatabaseProvider.Sqlite ? await RestoreSqliteAsync(backupFile, cancellationToken) : await RestorePostgresAsync(backupFile, cancellationToken);

        await using var db = MaintenanceDatabase.Open(target.Provider, target.ConnectionString!);
        await ArchiveMigrations.ApplyAsync(db, NullLogger.Instance, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var restored = await StoreFacts.RowCountsAsync(connection, target.Provider, null, cancellationToken);
        var now = await StoreFacts.SchemaVersionAsync(connection, target.Provider, null, cancellationToken);
        await db.Database.CloseConnectionAsync();
        return new RestoreReport(where, manifest.SchemaVersion, now, manifest.RowCounts, restored);
    }

    private async Task<string> RestoreSqliteAsync(string backupFile, CancellationToken cancellationToken)
    {
        var file = SqliteFile.PathOf(target.ConnectionString!);
        if (await SqliteHasTablesAsync(file, cancellationToken) || File.Exists(file + "-wal") && new FileInfo(file + "-wal").Length > 0)
            throw new WorkflowConflictException(HostTexts.RestoreTargetNotEmpty.With(file));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Copied beside the target and then renamed, so an interrupted restore never leaves half a database under the real name.
        var partial = file + ".restoring";
        File.Copy(backupFile, partial, overwrite: true);
        File.Move(partial, file, overwrite: true);
        foreach (var leftover in new[] { file + "-wal", file + "-shm" }) if (File.Exists(leftover)) File.Delete(leftover);
        return file;
    }

    private static async Task<bool> SqliteHasTablesAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file) || new FileInfo(file).Length == 0) return false;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(SqliteFile.ReadOnly(file));
        await connection.OpenAsync(cancellationToken);
        return (await StoreFacts.TablesAsync(connection, DatabaseProvider.Sqlite, null, cancellationToken)).Count > 0;
    }

    private async Task<string> RestorePostgresAsync(string backupFile, CancellationToken cancellationToken)
    {
        var name = new NpgsqlConnectionStringBuilder(target.ConnectionString).Database ?? "";
        await using (var connection = new NpgsqlConnection(target.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            if ((await StoreFacts.TablesAsync(connection, DatabaseProvider.Postgres, null, cancellationToken)).Count > 0)
                throw new WorkflowConflictException(HostTexts.RestoreTargetNotEmpty.With(name));
        }
        if (PgTools.Find("pg_restore") is null) throw new WorkflowConflictException(HostTexts.BackupNoPgDump.With());
        await PgTools.RunAsync("pg_restore", target.ConnectionString!, ["--no-owner", "--no-privileges", "--exit-on-error", "-d", name, backupFile], cancellationToken);
        return name;
    }
}
