using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>
/// Retentions that end on the same day fire as one move (their dossiers, boxes, holds and loans read ahead in a few
/// queries): each dossier still gets exactly what firing it alone would give it.
/// </summary>
public abstract class RetentionsFiredTogetherTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly string[] Free = ["SF-2027-000961", "SF-2027-000962", "SF-2027-000963"];
    private const string Lent = "SF-2027-000964";
    private const string Held = "SF-2027-000965";

    [Fact]
    public async Task Dossiers_whose_retention_ends_together_go_on_one_remision_except_those_held_or_lent()
    {
        foreach (var order in Free.Append(Lent).Append(Held)) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        var request = await (await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Lent, requestingUnit = "Asesoría Legal", reason = "Auditoría" }, "carla"))
            .ReadAsync<JsonElement>();
        await Client.WorkAsync(Manager, request.GetProperty("number").GetString()!, "Task_LocateAndDeliver", "gestora", new JsonObject
        {
            ["outcome"] = "recovered", ["deliveryMethod"] = "original-loan", ["dueBackOn"] = "2027-07-15",
        });
        await (await Client.Http.PostAsJsonAsync("/api/holds", new { orderNumber = Held, reason = "Proceso judicial 123/2027" }, "gestora")).ReadAsync<JsonElement>();
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        using var measured = new EngineMeasurements(Factory.Services.GetRequiredService<EngineMetrics>());

        Assert.Equal(5, await Archive.FireDueTimersAsync());

        var together = measured.Of("workflow.move.statements", MoveKinds.FireTimers);
        Assert.DoesNotContain(together, m => m.Outcome != "committed");
        // SQLite sweeps with one lane: all five in one batch. PostgreSQL's lanes may split them.
        if (Provider == DatabaseProvider.Sqlite) Assert.Single(together);
        else Assert.NotEmpty(together);

        var manifest = Assert.Single(await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<TransferManifest>().AsNoTracking().ToListAsync()));
        Assert.Equal(Free.Length, manifest.DossierCount);
        foreach (var order in Free)
        {
            var dossier = await Archive.DossierAsync(order);
            Assert.Equal((DossierStatus.InTransfer, manifest.Id), (dossier.Status, dossier.ManifestId));
        }
        foreach (var (order, reason) in new[] { (Lent, "Original prestado a carla (Asesoría Legal)"), (Held, "Proceso judicial 123/2027") })
        {
            var dossier = await Archive.DossierAsync(order);
            Assert.Equal((DossierStatus.Archived, (Guid?)null), (dossier.Status, dossier.ManifestId));
            var file = await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{order}");
            Assert.Contains(file.History, h => h.Action == "Remisión suspendida" && h.Detail!.Contains(reason));
        }

        await AuditChainIntactAsync();
    }

    [Fact]
    public async Task A_batch_counts_its_dossiers_into_a_stored_remision_with_two_statements_not_one_each()
    {
        string[] later = ["SF-2027-000971", "SF-2027-000972", "SF-2027-000973", "SF-2027-000974"];
        await Archive.ArchiveAsync(DomainSeed.Sale("SF-2027-000970"), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(10));
        foreach (var order in later) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366 - 5));
        Assert.Equal(1, await Archive.FireDueTimersAsync());
        var connection = await Factory.ConnectionStringAsync();
        Factory.Time.Advance(TimeSpan.FromDays(10));
        using var seen = new CommandsSeen(connection);
        using var measured = new EngineMeasurements(Factory.Services.GetRequiredService<EngineMetrics>());

        Assert.Equal(later.Length, await Archive.FireDueTimersAsync());

        Assert.DoesNotContain(measured.Of("workflow.move.statements", MoveKinds.FireTimers), m => m.Outcome != "committed");
        var manifest = Assert.Single(await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<TransferManifest>().AsNoTracking().ToListAsync()));
        Assert.Equal(1 + later.Length, manifest.DossierCount);
        foreach (var order in later) Assert.Equal(manifest.Id, (await Archive.DossierAsync(order)).ManifestId);
        // The first dossier of a batch counts in with its own statement, which holds the row; the rest are written with the batch.
        if (Provider == DatabaseProvider.Sqlite)
            Assert.Equal(2, seen.InOrder().Count(c => c.Sql.StartsWith("UPDATE transfer_manifests")));
        await AuditChainIntactAsync();
    }

    private async Task AuditChainIntactAsync()
    {
        var report = await (await Client.Http.GetAsync("/api/audit/verify", "admin")).ReadAsync<AuditChainReport>();
        Assert.True(report.Intact, report.Message);
    }
}

public sealed class SqliteRetentionsFiredTogetherTests() : RetentionsFiredTogetherTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRetentionsFiredTogetherTests() : RetentionsFiredTogetherTests(DatabaseProvider.Postgres);
