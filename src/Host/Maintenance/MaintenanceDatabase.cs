using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>
/// A context for the maintenance commands, made without the web host's services: they only migrate and read, so
/// the audit and outbox interceptors a move needs have nothing to do here.
/// </summary>
public static class MaintenanceDatabase
{
    public static ArchiveDbContext Open(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteArchiveDbContext(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite(connectionString).Options);
}
