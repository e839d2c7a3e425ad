using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Backups;

/// <summary>
/// Migrating at start-up or after a restore (<see cref="ArchiveMigrations"/>): a migration over a large archive runs
/// for minutes, so its statements have no command timeout, and the context gets its own back afterwards.
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

    private ArchiveDbContext Open(string connectionString, IInterceptor interceptor) => provider == DatabaseProvider.Postgres
        ? new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql(connectionString).AddInterceptors(interceptor).Options)
        : new SqliteArchiveDbContext(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite(connectionString).AddInterceptors(interceptor).Options);

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
public sealed class PostgresArchiveMigrationsTests() : ArchiveMigrationsTests(DatabaseProvider.Postgres);
