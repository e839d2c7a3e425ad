using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Auditing;

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
                var postgres = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
                services.AddDbContext<PostgresArchiveDbContext>((sp, db) => db.UseNpgsql(postgres).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                services.AddScoped<ArchiveDbContext>(sp => sp.GetRequiredService<PostgresArchiveDbContext>());
                break;
            default:
                var sqlite = options.ConnectionString ?? SqliteConnectionFor(options, environment);
                services.AddDbContext<SqliteArchiveDbContext>((sp, db) => db.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                services.AddScoped<ArchiveDbContext>(sp => sp.GetRequiredService<SqliteArchiveDbContext>());
                break;
        }
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<ArchiveDbContext>());
        return services;
    }

    private static string SqliteConnectionFor(DatabaseOptions options, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(options.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "workflowarchive.db")};Cache=Shared;Pooling=True;Default Timeout=30";
    }
}
