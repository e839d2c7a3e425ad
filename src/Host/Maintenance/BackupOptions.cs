namespace WorkflowArchive.Host.Maintenance;

/// <summary>The <c>Backup</c> configuration section. Scheduled backups are off until <see cref="Cron"/> is set.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Six-field cron (with seconds) for the scheduled backup; empty: no scheduled backups.</summary>
    public string? Cron { get; set; }

    /// <summary>Where backups and their manifests go; relative paths are taken from the content root. Default: backups/ in the data folder.</summary>
    public string? Folder { get; set; }

    /// <summary>How many scheduled backups to keep; older ones are deleted after a successful run.</summary>
    public int Keep { get; set; } = 7;
}
