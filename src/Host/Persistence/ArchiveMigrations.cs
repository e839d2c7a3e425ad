using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace WorkflowArchive.Host.Persistence;

/// <summary>Makes a store ready for the host: its database on a new PostgreSQL server, and its schema up to date.</summary>
public static class ArchiveMigrations
{
    /// <summary>
    /// Creates the PostgreSQL database when the server has none by that name (the first start on a new server), before
    /// anything connects to it; another host creating it at the same moment is no failure. SQLite makes its file itself.
    /// </summary>
    public static async Task EnsureDatabaseAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken)) return;
        logger.LogInformation("The database {Database} does not exist on the server; creating it.", db.Database.GetDbConnection().Database);
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    /// <summary>
    /// Brings the schema up to date, at start-up and after a restore. Without a command timeout: a migration that fills a
    /// new column over a large table runs for minutes (dating a million dossiers by their first review), and the 30 s
    /// default stopped it at every start on PostgreSQL, so the host never came up. Each pending migration is logged first,
    /// so whoever watches a slow start sees why; other hosts wait for this one (<c>InitializationLock</c>).
    /// </summary>
    public static async Task ApplyAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            // A new store has no migrations history yet, and EF Core reads it before making it: each read failed and was
            // logged as an error ("fail:") at the first start, which looks like a broken installation.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0) return;
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}. On a large archive this can take minutes.",
                pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
        logger.LogInformation("Database migrations applied.");
    }
}
