using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>
/// The service was down when a box's retentions ended: as it starts, the catch-up sweep and the recurring one both go
/// for that box's timers. They must make one remisión with every dossier on it once, and fail no firing on the way.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RemisionAfterRestartTests
{
    private static readonly string[] Orders = Enumerable.Range(1, 6).Select(i => $"SF-2027-0007{i:00}").ToArray();

    [Fact]
    public async Task A_host_started_past_the_transfer_date_puts_the_whole_box_on_one_remision_and_logs_no_failed_firing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var before = new ArchiveApiFactory(database))
        {
            await DomainSeed.AdvisorsAndBoxesAsync(before);
            var archive = LifecycleHost.On(before);
            foreach (var order in Orders) await archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        }

        var logs = new CapturedLogs();
        await using var after = new ArchiveApiFactory(database, new Dictionary<string, string>
        {
            ["Background:RunServer"] = "true",
            ["Background:TimerSweepCron"] = "* * * * * *",
        }, CapturedLogs.Into(logs));
        after.Time.Advance(TimeSpan.FromDays(2 * 366 + 1));
        after.StartServer();

        var inTransfer = await Eventually.ReadAsync(() => after.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>()
            .CountAsync(d => d.Status == DossierStatus.InTransfer)), n => n == Orders.Length);
        Assert.Equal(Orders.Length, inTransfer);

        var (manifests, onIt) = await after.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var all = await db.Set<TransferManifest>().AsNoTracking().ToListAsync();
            var ids = all.Select(m => (Guid?)m.Id).ToList();
            return (all, await db.Set<Dossier>().CountAsync(d => ids.Contains(d.ManifestId)));
        });
        var manifest = Assert.Single(manifests);
        Assert.Equal(Orders.Length, manifest.DossierCount);
        Assert.Equal(Orders.Length, onIt);
        Assert.Equal(ManifestStatus.Prepared, manifest.Status);
        Assert.Matches(@"^REM-2029-\d{5}$", manifest.Number);
        Assert.DoesNotContain(logs.Entries, e => e.Contains("could not fire"));
    }
}
