using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Maintenance;

public static class BackupRegistration
{
    public static IServiceCollection AddArchiveBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions());
        services.AddSingleton<BackupFolder>();
        services.AddScoped(sp => new DatabaseBackup(sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ScheduledBackup>();
        return services;
    }
}
