using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Backups;

/// <summary>The maintenance commands run in process, as <c>dotnet WorkflowArchive.Host.dll …</c> runs them, with their output kept.</summary>
internal static class BackupCommands
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await MaintenanceCommands.RunAsync(args, output);
        return (exit, output.ToString());
    }

    public static string[] On(string provider, string connectionString, params string[] args) =>
        [.. args, $"--Database:Provider={provider}", $"--Database:ConnectionString={connectionString}"];

    private const string FolderPrefix = "wa-backup-";

    // Once per run: the folders of runs whose process is gone (a test's folder is kept until then, to look into).
    private static readonly Lazy<bool> OrphansDeleted = new(() =>
    {
        TestTemp.DeleteOrphans(FolderPrefix);
        return true;
    });

    public static string FreshFolder()
    {
        _ = OrphansDeleted.Value;
        return Directory.CreateDirectory(TestTemp.NewPath(FolderPrefix)).FullName;
    }
}
