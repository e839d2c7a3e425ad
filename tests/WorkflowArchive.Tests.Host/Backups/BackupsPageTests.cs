using Bunit;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Tests.WebUi;
using BackupsPage = WorkflowArchive.Host.Components.Pages.Backups;

namespace WorkflowArchive.Tests.Backups;

/// <summary>The Copias de seguridad page: the administrator's button takes a backup and the table lists it.</summary>
public sealed class BackupsPageTests
{
    [Fact]
    public async Task The_button_takes_a_backup_and_the_table_lists_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = BackupCommands.FreshFolder();
        await using var host = new ArchiveApiFactory(database, new Dictionary<string, string> { ["Backup:Folder"] = folder });
        await using var pages = await PageHarness.SignInAsync(host, "admin");
        var page = pages.RenderPage<BackupsPage>();
        page.WaitForAssertion(() => Assert.Contains("Todavía no hay copias", page.Markup));

        page.Find("button[data-testid=backup-now]").Click();

        page.WaitForAssertion(() => Assert.Contains("Correcta", page.Find("[data-testid=backups-table]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Single(Directory.GetFiles(folder, "*.db"));
        Assert.Contains(pages.Messages, m => m.StartsWith("Copia de seguridad escrita en"));
    }
}
