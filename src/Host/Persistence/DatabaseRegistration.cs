using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Persistence;

public static class DatabaseRegistration
{
    public static IServiceCollection AddArchiveDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                if (options.ConnectionString is null)
                    throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
                // Pooled: the options are built once (the connection string is checked again at each lease, ContextLeases).
                // The append buffer's flush comes last: it writes what the interceptors before it appended (the audit trail).
                services.AddPooledDbContextFactory<PostgresArchiveDbContext>((sp, db) => db.UseNpgsql(PostgresConnectionDefaults.Apply(options.ConnectionString))
                    .AddInterceptors(DossierNameWordsInterceptor.Instance, sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxCommitAnnouncer>(), sp.GetRequiredService<StatementCounter>(),
                        AppendBufferFlush.Instance).WithArchiveQueryWarnings());
                services.AddScoped(sp => sp.GetRequiredService<ContextLeases>().Take<PostgresArchiveDbContext>(sp));
                break;
            default:
                options.ConnectionString ??= SqliteConnectionFor(options, environment);
                SqliteProcessSettings.Apply();
                services.AddPooledDbContextFactory<SqliteArchiveDbContext>((sp, db) => db.UseSqlite(options.ConnectionString)
                    .AddInterceptors(DossierNameWordsInterceptor.Instance, sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxCommitAnnouncer>(), SqliteConnectionPragmas.Instance,
                        sp.GetRequiredService<StatementCounter>(), AppendBufferFlush.Instance).WithArchiveQueryWarnings());
                services.AddScoped(sp => sp.GetRequiredService<ContextLeases>().Take<SqliteArchiveDbContext>(sp));
                services.AddSingleton<SqliteConnectionKeeper>();
                services.AddSingleton<SqliteLogCheckpoints>();
                services.AddHostedService(sp => sp.GetRequiredService<SqliteLogCheckpoints>());
                break;
        }
        services.AddSingleton<ContextLeases>();
        services.AddScoped<ArchiveDbContext>(sp => sp.GetRequiredService<ContextLease>().Context);
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<ArchiveDbContext>());
        // Engine:GroupCommit: SQLite moves share their COMMIT (see GroupCommitWriter); PostgreSQL ignores it.
        services.AddSingleton(configuration.GetSection(GroupCommitOptions.Section).Get<GroupCommitOptions>() ?? GroupCommitOptions.Default);
        return services;
    }

    /// <summary>
    /// Private cache per connection (SQLite's default): with WAL, readers and the one writer do not block each other. Shared
    /// cache would put table-level locks between the host's own connections: under concurrent requests a writer then waited
    /// out the whole 30 s timeout on "database table is locked" behind readers of the same table.
    /// </summary>
    internal static string SqliteConnectionFor(DatabaseOptions options, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(options.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "workflowarchive.db")};Pooling=True;Default Timeout=30";
    }
}
