using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Backups;

/// <summary>The scheduled backup job, called directly (Hangfire's clock is not waited on), and its listing for administrators.</summary>
public sealed class ScheduledBackupTests
{
    [Fact]
    public async Task Three_runs_with_keep_two_leave_the_two_newest_and_administrators_see_them()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = BackupCommands.FreshFolder();
        await using var host = new ArchiveApiFactory(database, new Dictionary<string, string>
        {
            ["Backup:Folder"] = folder,
            ["Backup:Keep"] = "2",
            ["Backup:Cron"] = "0 0 3 * * *",
        });
        var made = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            made.Add(await host.InScopeAsync(async sp => (await sp.GetRequiredService<ScheduledBackup>().RunAsync(CancellationToken.None)).File));
            host.Time.Advance(TimeSpan.FromHours(24));
        }

        Assert.Equal(made.Skip(1).Order(), Directory.GetFiles(folder, "*.db").Order());
        Assert.Equal(2, Directory.GetFiles(folder, "*" + BackupManifest.Suffix).Length);
        using var http = host.CreateClient();
        var listed = await (await http.GetAsync("/api/admin/backups", "admin")).ReadAsync<JsonElement>();
        Assert.Equal(made.Skip(1).Reverse().Select(Path.GetFileName), listed.EnumerateArray().Select(b => b.GetProperty("file").GetString()));
        Assert.All(listed.EnumerateArray(), b => Assert.True(b.GetProperty("succeeded").GetBoolean() && b.GetProperty("size").GetInt64() > 0));
    }

    [Fact]
    public async Task Backup_cron_registers_a_hangfire_recurring_job_and_without_it_there_is_none()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var scheduled = new ArchiveApiFactory(database, new Dictionary<string, string>
            { ["Background:Scheduler"] = "Hangfire", ["Backup:Cron"] = "0 30 2 * * *" }))
        {
            var jobs = scheduled.Services.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs();
            Assert.Equal("0 30 2 * * *", Assert.Single(jobs, j => j.Id == "backup").Cron);
        }
        await using var unscheduled = new ArchiveApiFactory(database, new Dictionary<string, string> { ["Background:Scheduler"] = "Hangfire" });
        Assert.DoesNotContain(unscheduled.Services.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs(), j => j.Id == "backup");
    }

    [Fact]
    public async Task A_failed_run_is_listed_and_administrators_are_told_through_the_outbox()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = BackupCommands.FreshFolder();
        await using var host = new ArchiveApiFactory(database, new Dictionary<string, string> { ["Backup:Folder"] = folder });
        // A directory where this run's backup file should go: VACUUM INTO cannot write it.
        Directory.CreateDirectory(Path.Combine(folder, $"workflowarchive-{host.Time.GetUtcNow():yyyyMMdd-HHmmss-fff}.db"));

        var manifest = await host.InScopeAsync(sp => sp.GetRequiredService<ScheduledBackup>().RunAsync(CancellationToken.None));

        Assert.False(manifest.Succeeded);
        Assert.Contains("La copia de seguridad programada falló", manifest.Error);
        var notices = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>()
            .Where(m => m.Type == ScheduledBackup.FailedMessageType).ToList()));
        Assert.Single(notices);
        using var http = host.CreateClient();
        var listed = await (await http.GetAsync("/api/admin/backups", "admin")).ReadAsync<JsonElement>();
        Assert.False(Assert.Single(listed.EnumerateArray()).GetProperty("succeeded").GetBoolean());
    }
}
