using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Backups;

/// <summary>
/// Migrating at start-up or after a restore (<see cref="ArchiveMigrations"/>): a migration over a large archive runs
/// for minutes, so its statements have no command timeout, and the context gets its own back afterwards. A new store's
/// first migration sends no command that fails: EF Core logs each one as an error, and an operator reads a broken start.
/// </summary>
public abstract class ArchiveMigrationsTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Migrations_run_without_a_command_timeout_and_the_context_keeps_its_own()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var timeouts = new TimeoutsSeen();
        await using var db = Open(database.ConnectionString, timeouts);
        var before = db.Database.GetCommandTimeout();

        await ArchiveMigrations.ApplyAsync(db, NullLogger.Instance, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(timeouts.Seen);
        Assert.All(timeouts.Seen, t => Assert.Equal(0, t));
        Assert.Equal(before, db.Database.GetCommandTimeout());
    }

    [Fact]
    public async Task A_new_stores_first_migration_sends_no_command_that_fails()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var failures = new FailuresSeen();
        await using var db = Open(database.ConnectionString, failures);

        await ArchiveMigrations.ApplyAsync(db, NullLogger.Instance, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Empty(failures.Seen);
    }

    private ArchiveDbContext Open(string connectionString, IInterceptor interceptor) => provider == DatabaseProvider.Postgres
        ? new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql(connectionString).AddInterceptors(interceptor).Options)
        : new SqliteArchiveDbContext(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite(connectionString).AddInterceptors(interceptor).Options);

    /// <summary>The text of every command that failed.</summary>
    private sealed class FailuresSeen : DbCommandInterceptor
    {
        public List<string> Seen { get; } = [];

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Seen.Add(command.CommandText);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Seen.Add(command.CommandText);
            return Task.CompletedTask;
        }
    }

    /// <summary>The timeout of every statement the migrations send (they go as non-queries).</summary>
    private sealed class TimeoutsSeen : DbCommandInterceptor
    {
        public List<int> Seen { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Seen.Add(command.CommandTimeout);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class SqliteArchiveMigrationsTests() : ArchiveMigrationsTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresArchiveMigrationsTests() : ArchiveMigrationsTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task A_first_start_on_a_new_server_creates_the_database_and_a_second_host_finds_it()
    {
        await using var existing = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        var missing = new NpgsqlConnectionStringBuilder(existing.ConnectionString) { Database = $"wa_new_{Guid.NewGuid():N}" }.ConnectionString;
        try
        {
            foreach (var host in new[] { "first", "second" })
            {
                await using var db = new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql(missing).Options);
                await ArchiveMigrations.EnsureDatabaseAsync(db, NullLogger.Instance, CancellationToken.None);
                Assert.True(await db.Database.CanConnectAsync(), $"the {host} host found no database");
            }
        }
        finally
        {
            await using var server = new NpgsqlConnection(existing.ConnectionString);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(missing).Database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
