using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench;

/// <summary>
/// One benchmark database: a SQLite file (connection string as the host builds its default one) or a database on the bench
/// PostgreSQL server. <see cref="RecreateAsync"/> empties it so every run starts from the same state.
/// </summary>
public sealed record BenchStore(DatabaseProvider Provider, string ConnectionString, string Label)
{
    /// <summary>The bench PostgreSQL server (fsync on), as bench/run.sh exports it.</summary>
    public const string PostgresVariable = "WORKFLOWARCHIVE_BENCH_POSTGRES";

    public static BenchStore Sqlite(string file) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.GetFullPath(file)};Pooling=True;Default Timeout=30", "SQLite");

    public static BenchStore Postgres(string database)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: bench/run.sh provisions the bench PostgreSQL server and sets it.");
        // Enough pooled connections for 64 clients plus the host's background work.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 200 };
        return new(DatabaseProvider.Postgres, builder.ConnectionString, "PostgreSQL");
    }

    public static BenchStore For(string provider, string name) =>
        provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? Postgres(name)
            : Sqlite(Path.Combine(Path.GetTempPath(), $"{name}.db"));

    public string SqliteFile => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public async Task RecreateAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(SqliteFile + suffix);
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = builder.Database!;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
