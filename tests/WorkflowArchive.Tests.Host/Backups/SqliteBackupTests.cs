using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Backups;

/// <summary>Backups of the embedded SQLite store taken while the service writes, put back and checked.</summary>
public sealed class SqliteBackupTests
{
    internal const string Key = "respaldo";

    [Fact]
    public async Task A_backup_taken_while_moves_commit_restores_every_move_committed_before_it_and_no_half_move()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = new ArchiveApiFactory(database);
        using var http = host.CreateClient();
        await PublishAsync(http);
        await FillAsync(database.ConnectionString);

        var before = new List<(string BusinessKey, bool Completed)>();
        var backupRunning = 0;
        var duringBackup = 0;
        using var stop = new CancellationTokenSource();
        var mover = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var businessKey = $"R-{i}";
                var instance = await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().StartAsync(Key, businessKey, null, "admin"));
                Note(businessKey, false);
                var task = await host.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<UserTask>().SingleAsync(t => t.InstanceId == instance.Id));
                if (i % 2 == 1) continue; // every other instance stays running, with its task open
                await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, null, "admin"));
                Note(businessKey, true);
            }
        });

        // A move counts as "before" only if it had committed when the backup was not yet started.
        void Note(string businessKey, bool completed)
        {
            if (Volatile.Read(ref backupRunning) == 0) lock (before) before.Add((businessKey, completed));
            else Interlocked.Increment(ref duringBackup);
        }

        await Eventually.TrueAsync(() => { lock (before) return before.Count >= 20; }, () => "the moves did not start");
        // A busy machine copies faster than it moves: bulk the store up further and take the backup again until a
        // hundred moves committed while one ran. Moves during a discarded attempt are simply not counted as "before".
        string folder = "", output = "";
        int exit = 1, movesDuringBackup = 0;
        for (var attempt = 0; attempt < 4 && movesDuringBackup < 100; attempt++)
        {
            if (attempt > 0) await FillAsync(database.ConnectionString);
            folder = BackupCommands.FreshFolder();
            Interlocked.Exchange(ref duringBackup, 0);
            Volatile.Write(ref backupRunning, 1);
            (exit, output) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", database.ConnectionString, "backup", "--to", folder + "/"));
            movesDuringBackup = Volatile.Read(ref duringBackup);
            if (movesDuringBackup < 100) { Volatile.Write(ref backupRunning, 0); Directory.Delete(folder, recursive: true); }
        }
        await stop.CancelAsync();
        await mover;
        Assert.True(exit == 0, output);
        Assert.True(movesDuringBackup >= 100, $"only {movesDuringBackup} moves committed during the backup");
        var backup = Assert.Single(Directory.GetFiles(folder, "*.db"));

        var (verified, verifyOutput) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", database.ConnectionString, "verify", "--from", backup));
        Assert.True(verified == 0, verifyOutput);

        await using var restored = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        var (restoredExit, restoreOutput) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", restored.ConnectionString, "restore", "--from", backup));
        Assert.True(restoredExit == 0, restoreOutput);
        Assert.Contains("wf_instances:", restoreOutput);
        var (clean, cleanOutput) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", restored.ConnectionString, "verify"));
        Assert.True(clean == 0, cleanOutput);

        await using var second = new ArchiveApiFactory(restored);
        var instances = await second.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var tasks = await db.Set<UserTask>().AsNoTracking().Where(t => t.DefinitionKey == Key).ToListAsync();
            var all = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.DefinitionKey == Key).ToListAsync();
            return all.Select(i => (i.BusinessKey, i.Status, Tasks: tasks.Where(t => t.InstanceId == i.Id).Select(t => t.Status).ToList())).ToList();
        });
        var byKey = instances.ToDictionary(i => i.BusinessKey);
        foreach (var (businessKey, completed) in before)
        {
            Assert.True(byKey.TryGetValue(businessKey, out var found), $"{businessKey} committed before the backup but is missing");
            if (completed) Assert.Equal(InstanceStatus.Completed, found.Status);
        }
        // Each instance is whole: running with its one task open, or finished with it completed.
        Assert.All(instances, i => Assert.True(
            i.Status == InstanceStatus.Active && i.Tasks.SequenceEqual([UserTaskStatus.Open])
            || i.Status == InstanceStatus.Completed && i.Tasks.SequenceEqual([UserTaskStatus.Completed]), $"{i.BusinessKey} is half-written"));
        Directory.Delete(folder, recursive: true); // a few hundred megabytes of filler
    }

    [Fact]
    public async Task Restore_refuses_a_target_that_is_not_empty_and_changes_nothing()
    {
        await using var live = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = BackupCommands.FreshFolder();
        var (exit, output) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", live.ConnectionString, "backup", "--to", folder + "/"));
        Assert.True(exit == 0, output);
        var backup = Assert.Single(Directory.GetFiles(folder, "*.db"));
        var manifest = await BackupManifest.ReadAsync(BackupManifest.PathFor(backup), CancellationToken.None);
        Assert.NotNull(manifest?.SchemaVersion);

        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = SqliteFile.PathOf(target.ConnectionString);
        SqliteConnection.ClearAllPools();
        var hashBefore = await BackupManifest.Sha256Of(file, CancellationToken.None);

        var (refused, message) = await BackupCommands.RunAsync(BackupCommands.On("Sqlite", target.ConnectionString, "restore", "--from", backup));

        Assert.Equal(1, refused);
        Assert.Contains(HostTexts.RestoreTargetNotEmpty.With(file).ToString(), message);
        Assert.Contains("no está vacía", message);
        Assert.Equal(hashBefore, await BackupManifest.Sha256Of(file, CancellationToken.None));
        Assert.False(File.Exists(file + ".restoring"));

        // Into a fresh data folder it goes, and prints the counts beside the backup's.
        var fresh = BackupCommands.FreshFolder();
        var (restored, report) = await BackupCommands.RunAsync("restore", "--from", backup, "--data-folder", fresh, "--Database:Provider=Sqlite");
        Assert.True(restored == 0, report);
        Assert.Contains($"wf_definitions: {manifest!.RowCounts["wf_definitions"]} / {manifest.RowCounts["wf_definitions"]}", report);
        Assert.True(File.Exists(Path.Combine(fresh, "workflowarchive.db")));
    }

    [Fact]
    public async Task Restore_refuses_a_backup_that_does_not_match_its_manifest()
    {
        await using var live = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = BackupCommands.FreshFolder();
        await BackupCommands.RunAsync(BackupCommands.On("Sqlite", live.ConnectionString, "backup", "--to", folder + "/"));
        var backup = Assert.Single(Directory.GetFiles(folder, "*.db"));
        await using (var stream = File.OpenWrite(backup)) { stream.Seek(-1, SeekOrigin.End); stream.WriteByte(0x5A); }

        var fresh = BackupCommands.FreshFolder();
        var (exit, output) = await BackupCommands.RunAsync("restore", "--from", backup, "--data-folder", fresh, "--Database:Provider=Sqlite");

        Assert.Equal(1, exit);
        Assert.Contains("no coincide con su manifiesto", output);
        Assert.False(File.Exists(Path.Combine(fresh, "workflowarchive.db")));
    }

    internal static async Task PublishAsync(HttpClient http)
    {
        var draft = new HttpRequestMessage(HttpMethod.Put, "/api/definitions/draft")
        {
            Content = new StringContent(Process(Key, $"""
                <startEvent id="start" />{Flow("f1", "start", "work")}{UserTask("work")}{Flow("f2", "work", "end")}<endEvent id="end" />
                """), Encoding.UTF8, "application/xml"),
        };
        draft.Headers.Add("X-Actor", "admin");
        await (await http.SendAsync(draft)).ReadAsync<JsonElement>();
        await (await http.PostAsJsonAsync($"/api/definitions/{Key}/publish", new { comment = "v1" }, "admin")).ReadAsync<JsonElement>();
    }

    /// <summary>Bulk the store up so the copy takes long enough for a hundred moves to commit while it runs.</summary>
    private static async Task FillAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS test_filler (id INTEGER PRIMARY KEY, bulk BLOB);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
            INSERT INTO test_filler (bulk) SELECT randomblob(32768) FROM n;
            """;
        await command.ExecuteNonQueryAsync();
    }
}
