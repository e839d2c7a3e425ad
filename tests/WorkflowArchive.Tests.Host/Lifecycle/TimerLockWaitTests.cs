using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>
/// PostgreSQL: a retention whose box someone else holds (another lane's long batch, another host, a person archiving into
/// it) waits a little, then is taken again later. It must never end in an incident for the manager to retry by hand.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class TimerLockWaitTests
{
    [Fact]
    public async Task A_retention_whose_box_another_transaction_holds_fires_at_the_next_sweep_instead_of_failing()
    {
        const string order = "SF-2027-000971";
        await using var archive = await LifecycleHost.StartAsync(provider: DatabaseProvider.Postgres,
            settings: new Dictionary<string, string> { ["Background:TimerLockWait"] = "00:00:00.200" });
        await archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        archive.Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        var connection = await archive.Factory.ConnectionStringAsync();

        await using (var holder = new NpgsqlConnection(connection))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using (var hold = new NpgsqlCommand("""SELECT 1 FROM archive_locations WHERE "Code" = 'A-01' FOR UPDATE""", holder, transaction))
                await hold.ExecuteScalarAsync();

            Assert.Equal(0, await archive.FireDueTimersAsync());

            var waiting = await archive.DossierAsync(order);
            Assert.Equal(DossierStatus.Archived, waiting.Status);
            var instance = await archive.Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowInstance>()
                .AsNoTracking().SingleAsync(i => i.Id == waiting.InstanceId));
            Assert.Equal(InstanceStatus.Active, instance.Status);
        }

        Assert.Equal(1, await archive.FireDueTimersAsync());
        Assert.Equal(DossierStatus.InTransfer, (await archive.DossierAsync(order)).Status);
    }
}
