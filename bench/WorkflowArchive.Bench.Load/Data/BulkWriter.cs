using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench.Load.Data;

/// <summary>
/// Writes many rows fast, past EF Core: batched prepared inserts in one transaction per chunk on SQLite, binary COPY on
/// PostgreSQL. Values are plain .NET values; each writer stores them as the EF model does on its provider.
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(BenchStore store) => store.Provider == DatabaseProvider.Postgres
        ? await PostgresBulkWriter.OpenAsync(store.ConnectionString)
        : await SqliteBulkWriter.OpenAsync(store.ConnectionString);

    public abstract Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows);

    public abstract Task ExecuteAsync(string sql);

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteBulkWriter : BulkWriter
{
    private const int RowsPerTransaction = 50_000;
    private readonly SqliteConnection _connection;

    private SqliteBulkWriter(SqliteConnection connection) => _connection = connection;

    public static async Task<BulkWriter> OpenAsync(string connectionString)
    {
        // Unpooled: the pragmas below must die with this connection, never reach the engine's pooled ones.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Cache = SqliteCacheMode.Private }.ConnectionString);
        await connection.OpenAsync();
        // A load, not a workload: this connection only trades durability for speed while it fills the file.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;";
        await pragma.ExecuteNonQueryAsync();
        return new SqliteBulkWriter(connection);
    }

    public override async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var batch = rows.Chunk(RowsPerTransaction).GetEnumerator();
        while (batch.MoveNext())
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync();
            await using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            var parameters = columns.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
            insert.Prepare();
            foreach (var row in batch.Current)
            {
                for (var i = 0; i < row.Length; i++) parameters[i].Value = Stored(row[i]);
                await insert.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
    }

    /// <summary>As EF Core's SQLite provider stores them: GUIDs upper-case text, dates ISO text, instants as UTC ticks.</summary>
    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString().ToUpperInvariant(),
        DateOnly date => date.ToString("yyyy-MM-dd"),
        DateTimeOffset instant => instant.UtcTicks,
        bool flag => flag ? 1 : 0,
        Enum member => member.ToString(),
        _ => value,
    };

    public override async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();
}

public sealed class PostgresBulkWriter : BulkWriter
{
    private readonly NpgsqlConnection _connection;

    private PostgresBulkWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<BulkWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresBulkWriter(connection);
    }

    public override async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        await using var import = await _connection.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        // Completing a 50,000-row COPY updates every index of the table: on a busy machine that outlasts the default 30 s.
        import.Timeout = TimeSpan.FromMinutes(10);
        foreach (var row in rows)
        {
            await import.StartRowAsync();
            foreach (var value in row) await WriteValueAsync(import, value);
        }
        await import.CompleteAsync();
    }

    private static Task WriteValueAsync(NpgsqlBinaryImporter import, object? value) => value switch
    {
        null => import.WriteNullAsync(),
        DateTimeOffset instant => import.WriteAsync(instant.UtcDateTime, NpgsqlTypes.NpgsqlDbType.TimestampTz),
        Enum member => import.WriteAsync(member.ToString(), NpgsqlTypes.NpgsqlDbType.Varchar),
        string text => import.WriteAsync(text, NpgsqlTypes.NpgsqlDbType.Varchar),
        _ => import.WriteAsync(value),
    };

    public override async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();
}
