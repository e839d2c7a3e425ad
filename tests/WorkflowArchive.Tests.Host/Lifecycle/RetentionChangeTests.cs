using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>Changing a service's retention period reschedules its archived dossiers' pending retention timers, in the same transaction, audited.</summary>
public abstract class RetentionChangeTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_longer_period_moves_the_pending_timer_and_a_period_already_over_fires_at_the_next_sweep()
    {
        var sale = DomainSeed.Sale("SF-2027-000700");
        await Archive.ArchiveAsync(sale);
        var archived = await Archive.DossierAsync(sale.OrderNumber);
        var archivedAt = archived.ArchivedAt!.Value;
        Assert.Equal(archivedAt.AddYears(2), archived.RetentionDueAt);

        var change = await (await Client.Http.PutAsJsonAsync("/api/archive/retention/internet", new { period = "P3Y" }, "duena")).ReadAsync<JsonElement>();
        Assert.Equal(1, change.GetProperty("rescheduledDossiers").GetInt32());
        var moved = await Archive.DossierAsync(sale.OrderNumber);
        Assert.Equal("P3Y", moved.RetentionPeriod);
        Assert.Equal(archivedAt.AddYears(3), moved.RetentionDueAt);
        Assert.Equal(archivedAt.AddYears(3), (await RetentionTimerAsync(moved.InstanceId!.Value)).DueAt);
        var trail = await Client.Http.GetAsync<JsonElement>("/api/audit/RetentionPolicy/internet");
        Assert.Contains("P3Y", trail.GetRawText());
        var view = await Client.Http.GetAsync<JsonElement>("/api/archive/retention");
        Assert.Contains(view.EnumerateArray(), s => s.GetProperty("serviceCode").GetString() == "internet" && s.GetProperty("period").GetString() == "P3Y");

        // Two years and a day on, the old due date has passed: nothing fires.
        Factory.Time.Advance(TimeSpan.FromDays(2 * 365 + 2));
        Assert.Equal(0, await Archive.FireDueTimersAsync());

        // Back to two years: the new due date is already past, so the next sweep fires it, once.
        (await Client.Http.PutAsJsonAsync("/api/archive/retention/internet", new { period = "P2Y" }, "duena")).EnsureSuccessStatusCode();
        Assert.Equal(1, await Archive.FireDueTimersAsync());
        Assert.Equal(0, await Archive.FireDueTimersAsync());
        var timer = await RetentionTimerAsync(moved.InstanceId!.Value, TimerStatus.Fired);
        Assert.Equal(archivedAt.AddYears(2), timer.DueAt);
    }

    [Fact]
    public async Task A_dossier_archived_after_its_services_period_changed_is_kept_for_the_new_period()
    {
        (await Client.Http.PutAsJsonAsync("/api/archive/retention/internet", new { period = "P3Y" }, "duena")).EnsureSuccessStatusCode();
        var sale = DomainSeed.Sale("SF-2027-000701");

        await Archive.ArchiveAsync(sale);

        var archived = await Archive.DossierAsync(sale.OrderNumber);
        Assert.Equal("P3Y", archived.RetentionPeriod);
        Assert.Equal(archived.ArchivedAt!.Value.AddYears(3), archived.RetentionDueAt);
        Assert.Equal(archived.RetentionDueAt, (await RetentionTimerAsync(archived.InstanceId!.Value)).DueAt);
    }

    [Fact]
    public async Task Only_process_owners_change_retention_and_a_bad_period_is_refused_with_a_problem()
    {
        Assert.Equal(403, (int)(await Client.Http.PutAsJsonAsync("/api/archive/retention/internet", new { period = "P3Y" }, "gestora")).StatusCode);
        await (await Client.Http.PutAsJsonAsync("/api/archive/retention/internet", new { period = "tres años" }, "duena")).ProblemAsync(400);
        await (await Client.Http.PutAsJsonAsync("/api/archive/retention/no-such-service", new { period = "P3Y" }, "duena")).ProblemAsync(404);
    }

    private Task<WorkflowTimer> RetentionTimerAsync(Guid instanceId, TimerStatus status = TimerStatus.Pending) => Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowTimer>().AsNoTracking()
            .SingleAsync(t => t.InstanceId == instanceId && t.ElementId == "Timer_Retention" && t.Status == status));
}

public sealed class SqliteRetentionChangeTests() : RetentionChangeTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRetentionChangeTests() : RetentionChangeTests(DatabaseProvider.Postgres);
