using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Demo;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Startup;

/// <summary>
/// Brings the store up to date before the host serves: migrations, shipped workflows, demo data, recurring sweeps. Hosts
/// sharing one PostgreSQL database do this one after the other (<see cref="InitializationLock"/>).
/// </summary>
public static class ArchiveInitializer
{
    public static async Task InitializeArchiveAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveInitializer));
        await using (var scope = services.CreateAsyncScope())
            await ArchiveMigrations.EnsureDatabaseAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), logger, cancellationToken);
        await using var turn = await InitializationLock.AcquireAsync(services.GetRequiredService<DatabaseOptions>(), logger, cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            await ArchiveMigrations.ApplyAsync(db, logger, cancellationToken);
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", cancellationToken);
            await AuditChainBackfill.LinkUnlinkedAsync(db, cancellationToken);
            // Entries a host committed and did not live to link.
            await scope.ServiceProvider.GetRequiredService<AuditChainLinker>().LinkPendingAsync(cancellationToken);
            await DefaultCatalog.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ShippedWorkflows>().PublishChangedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<UserSeeder>().SeedAsync();
        }
        // Hangfire's PostgreSQL storage installs its schema when it is first made; two hosts starting together would
        // both run CREATE SCHEMA and one would fail, so the storage is made here, in the turn.
        services.GetService<JobStorage>();
        // The first host makes the shared Data Protection key while it holds the turn; hosts after it find that key
        // instead of each making its own, so a token from one host is read by the others from the first request on.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("WorkflowArchive.Startup").Protect([1]);

        if (services.GetRequiredService<DatabaseOptions>().SeedDemoData)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
        services.ScheduleRecurringSweeps();
    }
}
