using System.Diagnostics;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.MultiHost;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Maintenance;

/// <summary>backup, restore and verify as operators run them: <c>dotnet WorkflowArchive.Host.dll &lt;verb&gt;</c>, a real process each.</summary>
[Collection(HostCollection.Name)]
public sealed class MaintenanceProcessTests
{
    [Fact]
    public async Task Backup_restore_and_verify_run_as_commands_of_the_host_assembly()
    {
        await using var live = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"wa-e2e-backup-{Guid.NewGuid():N}")).FullName;
        try
        {
            var backup = Path.Combine(root, "copia.db");
            var (backedUp, backupOutput) = await RunAsync("backup", "--to", backup, "--Database:Provider=Sqlite", $"--Database:ConnectionString={live.ConnectionString}");
            Assert.True(backedUp == 0, backupOutput);
            Assert.Contains("Copia de seguridad escrita en", backupOutput);
            Assert.True(File.Exists(backup + ".manifest.json"));

            var target = Path.Combine(root, "datos");
            var (restored, restoreOutput) = await RunAsync("restore", "--from", backup, "--data-folder", target, "--Database:Provider=Sqlite");
            Assert.True(restored == 0, restoreOutput);
            Assert.Contains("Filas por tabla (copia / restaurada):", restoreOutput);

            var (verified, verifyOutput) = await RunAsync("verify", "--data-folder", target, "--Database:Provider=Sqlite");
            Assert.True(verified == 0, verifyOutput);
            Assert.Contains("Verificación sin problemas", verifyOutput);

            var (again, refusal) = await RunAsync("restore", "--from", backup, "--data-folder", target, "--Database:Provider=Sqlite");
            Assert.Equal(1, again);
            Assert.Contains("no está vacía", refusal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var start = HostProcess.Command();
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
