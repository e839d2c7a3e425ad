using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Api;

/// <summary>The whole procedure through the HTTP API, as the division runs it; once per database provider.</summary>
public abstract class ProcedureApiTests(DatabaseProvider provider) : HostedTest(provider)
{
    private const string Manager = "gestor-documental";
    private const string Advisor = "asesor-comercial";
    [Fact]
    public async Task The_suite_runs_on_the_database_it_names()
    {
        var providerName = await Factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ArchiveDbContext>().Database.ProviderName));
        Assert.Equal(Provider == DatabaseProvider.Postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", providerName);
    }

    [Fact]
    public async Task A_sale_returned_twice_is_archived_kept_two_years_and_transferred_to_Condebamba()
    {
        const string order = "SF-2027-000123";
        await SeedSaleAsync(order);
        var instance = await Client.StartAsync("gestion-documental", order, SaleVariables());
        Assert.Equal("Active", instance.Status);

        // 5.2 first review: the contract lacks the customer's signature -> return (6) to the advisor.
        await Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));
        var correction = await Client.OpenTaskAsync(Advisor, order, "Task_CorrectDocumentation");
        // Tuesday 2027-06-01 08:00 in La Paz plus 5 business days is Tuesday 2027-06-08.
        Assert.Equal(new DateTimeOffset(2027, 6, 8, 12, 0, 0, TimeSpan.Zero), correction.DueAt);

        // The advisor lets the correction run late: the reminder fires, the task stays with the advisor.
        Factory.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await FireDueTimersAsync());
        Assert.True((await Client.OpenTaskAsync(Advisor, order, "Task_CorrectDocumentation")).Overdue);

        // 7: signature obtained by calling the customer; back to review, now the ID copy is illegible -> second return.
        await Client.WorkAsync(Advisor, order, "Task_CorrectDocumentation", "ana.rojas",
            new JsonObject { ["supplied"] = new JsonArray("contrato"), ["note"] = "Firma obtenida llamando al cliente" });
        await Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", Review(illegibleId: true));
        await Client.WorkAsync(Advisor, order, "Task_CorrectDocumentation", "ana.rojas",
            new JsonObject { ["supplied"] = new JsonArray("ci"), ["note"] = "Nueva copia de CI" });

        // Complete at last: classify (8) and archive (9) at a location.
        await Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", Review());
        await Client.WorkAsync(Manager, order, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-02" });

        var archived = await DossierAsync(order);
        Assert.Equal(DossierStatus.Archived, archived.Status);
        Assert.Equal(2, archived.ReturnCount);
        Assert.Equal("2027/plataforma/internet/arojas", archived.ClassificationCode);
        Assert.Equal("Archivo de la División / Estante A / Caja A-02 / Posición 1", archived.Location);
        var retention = Assert.Single((await Client.InstanceAsync(instance.Id)).Timers, t => t.ElementId == "Timer_Retention");
        Assert.Equal(archived.ArchivedAt!.Value.AddYears(2), retention.DueAt);

        // 9.2: two years later the retention timer fires and the transfer (11) starts.
        Factory.Time.Advance(TimeSpan.FromDays(365));
        Assert.Equal(0, await FireDueTimersAsync());
        Factory.Time.Advance(TimeSpan.FromDays(366));
        Assert.Equal(1, await FireDueTimersAsync());
        Assert.Equal(DossierStatus.InTransfer, (await DossierAsync(order)).Status);

        var done = await Client.WorkAsync(Manager, order, "Task_ConfirmReception", "gestora", new JsonObject { ["receiptNumber"] = "ADM-ARC-2029-0042" });
        Assert.Equal("Completed", done.Status);

        var transferred = await DossierAsync(order);
        Assert.Equal(DossierStatus.Transferred, transferred.Status);
        Assert.Equal(Custodies.Condebamba, transferred.Custody);
        Assert.Equal("ADM-ARC-2029-0042", transferred.CondebambaReceipt);

        var journal = (await Client.InstanceAsync(instance.Id)).Journal;
        // An activity that ran through in its move is one row per pass, not an entered and a left.
        Assert.Equal(2, journal.Count(j => j.ElementId == "Task_RegisterReturn" && j.Action == "Passed"));
        Assert.DoesNotContain(journal, j => j.ElementId == "Task_RegisterReturn" && j.Action is "Entered" or "Left");
        Assert.Equal(3, journal.Count(j => j.ElementId == "Task_ReviewChecklist" && j.Action == "TaskCompleted"));
        Assert.Contains(journal, j => j is { ElementId: "Timer_Retention", Action: "TimerFired" });
        Assert.Contains(journal, j => j is { ElementId: "Task_CorrectDocumentation", Action: "TaskCompleted", Actor: "ana.rojas" });
        Assert.Contains(journal, j => j is { ElementId: "Task_EscalateCorrection", Action: "Passed" });
    }

    [Fact]
    public async Task Retentions_of_one_box_ending_together_fire_in_one_sweep_into_one_remision_counting_each_dossier_once()
    {
        // On PostgreSQL the sweep fires them in parallel lanes, all racing for the box's remisión.
        var orders = Enumerable.Range(1, 6).Select(i => $"SF-2027-00060{i}").ToList();
        var instances = new List<Guid>();
        foreach (var order in orders)
        {
            await SeedSaleAsync(order);
            instances.Add((await Client.StartAsync("gestion-documental", order, SaleVariables())).Id);
            await Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", Review());
            await Client.WorkAsync(Manager, order, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-02" });
        }

        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(orders.Count, await FireDueTimersAsync());
        Assert.Equal(0, await FireDueTimersAsync());

        var manifests = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<TransferManifest>().AsNoTracking().ToListAsync());
        var manifest = Assert.Single(manifests);
        Assert.Equal(orders.Count, manifest.DossierCount);
        foreach (var order in orders)
        {
            var dossier = await DossierAsync(order);
            Assert.Equal(DossierStatus.InTransfer, dossier.Status);
            Assert.Equal(manifest.Id, dossier.ManifestId);
        }
        foreach (var id in instances)
            Assert.Single((await Client.InstanceAsync(id)).Journal, j => j.Action == "TimerFired");
    }

    [Fact]
    public async Task A_sale_that_does_not_match_Smartflex_is_returned_even_with_complete_paperwork()
    {
        const string order = "SF-2027-000777";
        await SeedSaleAsync(order, advisor: "lfernandez");
        await Client.StartAsync("gestion-documental", order, SaleVariables());

        await Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", Review());

        var correction = await Client.OpenTaskAsync(Advisor, order, "Task_CorrectDocumentation");
        Assert.Equal("asesor-comercial", correction.CandidateRole);
        var dossier = await DossierAsync(order);
        Assert.Equal(DossierStatus.Returned, dossier.Status);
        Assert.Contains("asesor", dossier.SmartflexFindingsJson);
    }

    [Fact]
    public async Task A_retrieval_request_is_answered_with_a_scan_and_a_missing_one_is_recorded_as_not_found()
    {
        const string order = "SF-2027-000555";
        await SeedSaleAsync(order);
        await Client.StartAsync("gestion-documental", order, SaleVariables());

        var found = await Client.StartAsync("solicitud-documentacion", "SOL-2027-0001", new JsonObject
        {
            ["orderNumber"] = order, ["requestedBy"] = "Carla Méndez", ["requestingUnit"] = "Asesoría Legal", ["reason"] = "Reclamo ATT",
        }, actor: "gestora");
        var missing = await Client.StartAsync("solicitud-documentacion", "SOL-2027-0002", new JsonObject
        {
            ["orderNumber"] = "SF-1999-000001", ["requestedBy"] = "Carla Méndez", ["reason"] = "Auditoría",
        }, actor: "gestora");

        await Client.WorkAsync(Manager, "SOL-2027-0001", "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" });
        await Client.WorkAsync(Manager, "SOL-2027-0002", "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "not-found", ["notFoundReason"] = "Venta anterior al archivo" });

        Assert.Equal("Completed", (await Client.InstanceAsync(found.Id)).Instance.Status);
        Assert.Equal("Completed", (await Client.InstanceAsync(missing.Id)).Instance.Status);
        var requests = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<RetrievalRequest>().AsNoTracking()
            .OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([RetrievalStatus.Recovered, RetrievalStatus.NotFound], requests.Select(r => r.Status));
        Assert.Equal("photocopy", requests[0].DeliveryMethod);
        var history = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<DossierEvent>().AsNoTracking()
            .Where(e => e.Action == "Entregado").ToListAsync());
        Assert.Contains("SOL-2027-0001", Assert.Single(history).Detail);
    }

    [Fact]
    public async Task Two_people_completing_the_same_task_at_once_get_one_success_and_one_conflict()
    {
        const string order = "SF-2027-000999";
        await SeedSaleAsync(order);
        await Client.StartAsync("gestion-documental", order, SaleVariables());
        var task = await Client.OpenTaskAsync(Manager, order, "Task_ReviewChecklist");

        var responses = await Task.WhenAll(
            Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = Review() }, "gestora"),
            Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = Review(unsignedContract: true) }, "gestor2"));

        Assert.Equal([200, 409], responses.Select(r => (int)r.StatusCode).Order());
        await responses.Single(r => (int)r.StatusCode == 409).ProblemAsync(409);
        var journal = (await Client.InstanceAsync(task.InstanceId)).Journal;
        Assert.Single(journal, j => j is { ElementId: "Task_ReviewChecklist", Action: "TaskCompleted" });
    }

    private Task<int> FireDueTimersAsync() =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().FireDueTimersAsync(CancellationToken.None));

    private Task<Dossier> DossierAsync(string order) =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().AsNoTracking().SingleAsync(d => d.OrderNumber == order));

    private Task SeedSaleAsync(string order, string advisor = "arojas") => DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order, advisor));
}

public sealed class SqliteProcedureApiTests() : ProcedureApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresProcedureApiTests() : ProcedureApiTests(DatabaseProvider.Postgres);
