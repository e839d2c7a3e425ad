using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Backups for administrators: the folder's log of runs, and a backup now (the same as the scheduled job).</summary>
public static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder app)
    {
        var backups = app.MapGroup("/api/admin/backups").WithTags("Backups").RequireAuthorization(Policies.Administration);
        backups.MapGet("/", (BackupFolder folder, CancellationToken ct) => folder.ListAsync(ct))
            .WithSummary("Backups in Backup:Folder, newest first: file, size, time, result (failed scheduled runs included).");
        backups.MapPost("/", (ScheduledBackup backup, CancellationToken ct) => backup.RunAsync(ct))
            .WithSummary("Takes a consistent backup now (VACUUM INTO on SQLite, pg_dump -Fc on PostgreSQL) with its manifest.");
        return app;
    }
}
