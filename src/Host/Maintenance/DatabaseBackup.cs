using System.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>
/// A consistent copy of the live store while the service keeps writing: SQLite's <c>VACUUM INTO</c> (a plain copy of a
/// WAL database can miss committed pages or catch half a checkpoint), or <c>pg_dump -Fc</c> on a snapshot whose row
/// counts go in the manifest.
/// </summary>
public sealed class DatabaseBackup(DatabaseOptions database, TimeProvider time)
{
    public async Task<BackupManifest> WriteAsync(string target, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var file = FileFor(target, now);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var (schema, counts) = database.Provider == DatabaseProvider.Sqlite
            ? await SqliteAsync(file, cancellationToken)
            : await PostgresAsync(file, cancellationToken);
        var manifest = new BackupManifest(Path.GetFileName(file), database.Provider.ToString(), schema, now, counts,
            await BackupManifest.Sha256Of(file, cancellationToken), new FileInfo(file).Length, true, null);
        await manifest.WriteAsync(file, cancellationToken);
        return manifest with { File = file };
    }

    /// <summary>A folder (existing, or written with a trailing separator) gets a file named after the time.</summary>
    public string FileFor(string target, DateTimeOffset now)
    {
        var full = Path.GetFullPath(target);
        if (!Directory.Exists(full) && !target.EndsWith(Path.DirectorySeparatorChar) && !target.EndsWith('/'))
            return File.Exists(full) ? throw new WorkflowArchive.Workflows.WorkflowConflictException(Texts.HostTexts.BackupFileExists.With(full)) : full;
        var extension = database.Provider == DatabaseProvider.Sqlite ? ".db" : ".dump";
        var file = Path.Combine(full, $"workflowarchive-{now:yyyyMMdd-HHmmss-fff}{extension}");
        return File.Exists(file) ? Path.Combine(full, $"workflowarchive-{now:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}{extension}") : file;
    }

    private async Task<(string?, IReadOnlyDictionary<string, long>)> SqliteAsync(string file, CancellationToken cancellationToken)
    {
        await using (var live = new SqliteConnection(database.ConnectionString))
        {
            await live.OpenAsync(cancellationToken);
            await using var vacuum = live.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", file);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
        // Counted in the copy itself, so the manifest says exactly what the file holds.
        await using var copy = new SqliteConnection(SqliteFile.ReadOnly(file));
        await copy.OpenAsync(cancellationToken);
        return (await StoreFacts.SchemaVersionAsync(copy, DatabaseProvider.Sqlite, null, cancellationToken),
            await StoreFacts.RowCountsAsync(copy, DatabaseProvider.Sqlite, null, cancellationToken));
    }

    /// <summary>The counts are taken in the same snapshot pg_dump reads (exported from a repeatable-read transaction).</summary>
    private async Task<(string?, IReadOnlyDictionary<string, long>)> PostgresAsync(string file, CancellationToken cancellationToken)
    {
        if (PgTools.Find("pg_dump") is null) throw new WorkflowArchive.Workflows.WorkflowConflictException(Texts.HostTexts.BackupNoPgDump.With());
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
        var snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        var schema = await StoreFacts.SchemaVersionAsync(connection, DatabaseProvider.Postgres, transaction, cancellationToken);
        var counts = await StoreFacts.RowCountsAsync(connection, DatabaseProvider.Postgres, transaction, cancellationToken);
        await PgTools.RunAsync("pg_dump", database.ConnectionString!, ["-Fc", "--no-owner", "--no-privileges", $"--snapshot={snapshot}", "-f", file], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (schema, counts);
    }
}
