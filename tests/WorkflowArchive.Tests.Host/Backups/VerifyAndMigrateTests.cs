using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Backups;

/// <summary>verify finds what a bad copy would carry; restore brings an older schema forward.</summary>
public sealed class VerifyAndMigrateTests
{
    [Fact]
    public async Task Verify_reports_a_waiting_token_whose_task_is_gone()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var host = new ArchiveApiFactory(database))
        {
            using var http = host.CreateClient();
            await SqliteBackupTests.PublishAsync(http);
            await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().StartAsync(SqliteBackupTests.Key, "V-1", null, "admin"));
        }
        var (clean, cleanOutput) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", database.ConnectionString, "verify"));
        Assert.True(clean == 0, cleanOutput);
        Assert.Contains("1 instancias en curso revisadas", cleanOutput);

        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM wf_user_tasks WHERE \"BusinessKey\" = 'V-1'";
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        var (exit, output) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", database.ConnectionString, "verify"));
        Assert.Equal(1, exit);
        Assert.Contains("[verify-token-without-wait]", output);
        Assert.Contains("sin tarea abierta ni temporizador pendiente", output);
    }

    [Fact]
    public async Task Restore_migrates_a_backup_of_an_older_schema_forward()
    {
        var folder = BackupCommands.FreshFolder();
        var old = SqliteFile.ReadWrite(Path.Combine(folder, "old.db"));
        string last;
        await using (var db = MaintenanceDatabase.Open(DatabaseProvider.Sqlite, old))
        {
            last = db.Database.GetMigrations().Last();
            // While the migrations are one initial migration, the only older schema is a database from before it.
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE notas (texto TEXT)");
        }
        var (backedUp, backupOutput) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", old, "backup", "--to", Path.Combine(folder, "old-backup.db")));
        Assert.True(backedUp == 0, backupOutput);

        var (restored, output) = await BackupCommands.RunAsync("restore", "--from", Path.Combine(folder, "old-backup.db"),
            "--data-folder", Path.Combine(folder, "new"), "--Database:Provider=Sqlite");

        Assert.True(restored == 0, output);
        Assert.Contains($"esquema ahora {last}", output);
        var (again, refusal) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", old, "backup", "--to", Path.Combine(folder, "old-backup.db")));
        Assert.Equal(1, again);
        Assert.Contains("nunca se escribe encima", refusal);
    }
}
