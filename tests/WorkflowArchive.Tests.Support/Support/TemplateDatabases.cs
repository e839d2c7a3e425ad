using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// One initialized database per store and test run, built the first time a test asks: a host starts on an empty
/// database (migrations, catalog, shipped workflows, roles). Tests copy it; their actors sign up on first use.
/// </summary>
internal static class TemplateDatabases
{
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<string>>> Built = new();

    /// <summary>The SQLite file to copy, or the PostgreSQL database to name as TEMPLATE.</summary>
    public static Task<string> ForAsync(DatabaseProvider provider) =>
        Built.GetOrAdd(provider, p => new Lazy<Task<string>>(() => BuildAsync(p))).Value;

    private static async Task<string> BuildAsync(DatabaseProvider provider)
    {
        var empty = await TestDatabase.CreateEmptyAsync(provider);
        await using (var factory = new ArchiveApiFactory(empty))
            factory.StartServer();
        return provider == DatabaseProvider.Postgres ? await KeepPostgresAsync(empty) : await KeepSqliteAsync(empty);
    }

    private static async Task<string> KeepSqliteAsync(TestDatabase empty)
    {
        await using (var connection = new SqliteConnection(empty.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            // Everything into the main file, so a plain copy of it is the whole database.
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearPool(new SqliteConnection(empty.ConnectionString));
        var file = new SqliteConnectionStringBuilder(empty.ConnectionString).DataSource;
        TestTemp.DeleteOrphans(TemplatePrefix);
        var template = TestTemp.NewPath(TemplatePrefix, ".db");
        File.Copy(file, template);
        await empty.DisposeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }

    private const string TemplatePrefix = "wa-template-";

    private static Task<string> KeepPostgresAsync(TestDatabase empty)
    {
        // CREATE DATABASE … TEMPLATE needs the template to have no sessions: close this process's pooled ones.
        TestDatabase.ClosePooledSessions(empty.ConnectionString);
        var name = new NpgsqlConnectionStringBuilder(empty.ConnectionString).Database!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            TestDatabase.ExecuteAsync(TestDatabase.PostgresServer, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return Task.FromResult(name);
    }
}
