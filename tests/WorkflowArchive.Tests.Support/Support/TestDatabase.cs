using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// A private database for one test: a copy of the template (migrated, catalog, shipped workflows, roles), so a test
/// pays for a file copy or a <c>CREATE DATABASE … TEMPLATE</c>, not for the migrations and the first start.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WORKFLOWARCHIVE_TEST_POSTGRES";

    private readonly Func<Task> _drop;

    internal TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>A copy of the seeded template: what almost every test wants.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var template = await TemplateDatabases.ForAsync(provider);
        return provider == DatabaseProvider.Postgres ? await CreatePostgresAsync(template) : CreateSqlite(template);
    }

    /// <summary>An empty database, for tests about a first start (and for building the template itself).</summary>
    public static Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? CreatePostgresAsync(template: null) : Task.FromResult(CreateSqlite(template: null));

    private static TestDatabase CreateSqlite(string? template)
    {
        var file = Path.Combine(Path.GetTempPath(), $"wa-api-{Guid.NewGuid():N}.db");
        if (template is not null) File.Copy(template, file);
        var connectionString = $"Data Source={file};Default Timeout=30";
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, () =>
        {
            // This database's pool only: other tests run in parallel with theirs.
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync(string? template)
    {
        var server = PostgresServer;
        var name = $"wa_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, async () =>
        {
            ClosePooledSessions(builder.ConnectionString);
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    /// <summary>
    /// Closes this process's idle sessions on a database: the test's own pool and the host's, whose connection string
    /// the host completes (<see cref="PostgresConnectionDefaults"/>) and so pools apart.
    /// </summary>
    internal static void ClosePooledSessions(string connectionString)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgresConnectionDefaults.Apply(connectionString)));
    }

    internal static string PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException(
            $"{PostgresVariable} is not set. Run ./scripts/test.sh (it starts PostgreSQL on loopback), or filter out Provider=Postgres tests.");

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => new(_drop());
}
