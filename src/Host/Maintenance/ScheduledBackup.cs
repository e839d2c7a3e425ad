using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>
/// One backup into the backup folder: the Hangfire recurring job, and what an administrator's button runs. A failure
/// leaves a manifest saying so and an outbox notice for administrators, never just a line in the log.
/// </summary>
public sealed class ScheduledBackup(DatabaseBackup backup, BackupFolder folder, BackupOptions options, ArchiveDbContext db,
    TimeProvider time, ILogger<ScheduledBackup> logger)
{
    public const string FailedMessageType = "BackupFailed";

    public async Task<BackupManifest> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await backup.WriteAsync(folder.Path + System.IO.Path.DirectorySeparatorChar, cancellationToken);
            logger.LogInformation("Backup written to {File} ({Size} bytes, schema {Schema})", manifest.File, manifest.Size, manifest.SchemaVersion);
            await folder.PruneAsync(options.Keep, cancellationToken);
            return manifest;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await FailedAsync(ex, cancellationToken);
        }
    }

    private async Task<BackupManifest> FailedAsync(Exception ex, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reason = ex is WorkflowException known ? known.Text.ToString() : ex.Message;
        var notice = HostTexts.BackupFailed.With(reason);
        logger.LogError(ex, "Backup failed: {Reason}", reason);
        var name = $"workflowarchive-{now:yyyyMMdd-HHmmss-fff}-fallida";
        var manifest = new BackupManifest(name, (db is SqliteArchiveDbContext ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres).ToString(), null, now, new Dictionary<string, long>(), null, 0, false, notice.ToString());
        Directory.CreateDirectory(folder.Path);
        await manifest.WriteAsync(System.IO.Path.Combine(folder.Path, name), cancellationToken);
        new OutboxWriter(db, now).Enqueue(FailedMessageType, new { notice.Code, Message = notice.ToString(), At = now }, $"backup-failed:{now:O}");
        await db.SaveChangesAsync(cancellationToken);
        return manifest;
    }
}
