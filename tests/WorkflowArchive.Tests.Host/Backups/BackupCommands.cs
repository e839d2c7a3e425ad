using WorkflowArchive.Host.Maintenance;

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

    public static string FreshFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"wa-backup-{Guid.NewGuid():N}")).FullName;
}
