using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>A retention period counts years on the La Paz calendar: the dossier and its timer fall due on the local date a person expects.</summary>
public abstract class LocalCalendarRetentionTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_dossier_archived_on_28_February_evening_in_La_Paz_with_one_year_is_due_on_28_February_local()
    {
        (await Client.Http.PutAsJsonAsync("/api/archive/retention/internet", new { period = "P1Y" }, "duena")).EnsureSuccessStatusCode();
        // 28 Feb 2028 20:30 in La Paz, already 29 Feb in UTC.
        Factory.Time.SetUtcNow(DateTimeOffset.Parse("2028-02-29T00:30:00Z"));
        var sale = DomainSeed.Sale("SF-2028-000229");

        await Archive.ArchiveAsync(sale);

        var dossier = await Archive.DossierAsync(sale.OrderNumber);
        Assert.Equal(DateTimeOffset.Parse("2028-02-29T00:30:00Z"), dossier.ArchivedAt);
        Assert.Equal(DateTimeOffset.Parse("2029-03-01T00:30:00Z"), dossier.RetentionDueAt);
        var zone = ArchiveClock.Zone("America/La_Paz");
        Assert.Equal(new DateTime(2029, 2, 28, 20, 30, 0), TimeZoneInfo.ConvertTime(dossier.RetentionDueAt!.Value, zone).DateTime);
        var timer = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowTimer>().AsNoTracking()
            .SingleAsync(t => t.InstanceId == dossier.InstanceId && t.ElementId == "Timer_Retention" && t.Status == TimerStatus.Pending));
        Assert.Equal(dossier.RetentionDueAt, timer.DueAt);
    }
}

public sealed class SqliteLocalCalendarRetentionTests() : LocalCalendarRetentionTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresLocalCalendarRetentionTests() : LocalCalendarRetentionTests(DatabaseProvider.Postgres);
