using System.Data.Common;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>What a manifest records of a store, read over a plain connection (a live database or a backup file).</summary>
public static class StoreFacts
{
    public const string MigrationsTable = "__EFMigrationsHistory";

    /// <summary>Every table of ours (not the engine's catalog tables), schema-qualified when not in public.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DatabaseProvider provider, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END FROM information_schema.tables " +
              "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1";
        var tables = new List<string>();
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        return tables;
    }

    public static async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(DbConnection connection, DatabaseProvider provider, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection, provider, transaction, cancellationToken))
        {
            await using var command = Command(connection, transaction, $"SELECT COUNT(*) FROM {Quoted(table)}");
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        }
        return counts;
    }

    /// <summary>The last EF migration applied (their ids start with a timestamp, so the largest is the last); null when there is none.</summary>
    public static async Task<string?> SchemaVersionAsync(DbConnection connection, DatabaseProvider provider, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!(await TablesAsync(connection, provider, transaction, cancellationToken)).Contains(MigrationsTable)) return null;
        await using var command = Command(connection, transaction, $"SELECT MAX(\"MigrationId\") FROM \"{MigrationsTable}\"");
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string Quoted(string table) => string.Join('.', table.Split('.').Select(part => $"\"{part.Replace("\"", "\"\"")}\""));

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
