using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// Brings a store's schema up to date, at start-up and after a restore. Without a command timeout: a migration that fills
/// a new column over a large table runs for minutes (dating a million dossiers by their first review), and the 30 s
/// default stopped it at every start on PostgreSQL, so the host never came up. Each pending migration is logged before,
/// so whoever watches a slow start sees why; other hosts wait for this one (<c>InitializationLock</c>).
/// </summary>
public static class ArchiveMigrations
{
    public static async Task ApplyAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} database migration(s): {Migrations}. On a large archive this can take minutes.",
            pending.Count, string.Join(", ", pending));
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
        logger.LogInformation("Database migrations applied.");
    }
}
