using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>
/// "Documentos de venta: 1 original, 1 copia": the review records which forms arrived and returns a dossier whose
/// required original did not; a retrieval may lend the original, which then shows on the dossier and keeps it from Condebamba.
/// </summary>
public abstract class OriginalsAndLoansTests(DatabaseProvider provider) : HostedTest(provider)
{
    private const string Order = "SF-2027-000900";

    [Fact]
    public async Task A_review_where_only_the_copy_of_the_contract_arrived_returns_the_dossier_saying_the_original_is_missing()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));
        await Archive.RegisterBatchAsync("arojas", Order);
        var review = await Archive.ReviewAsync(Order);
        review["documents"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == "contrato")!["forms"] = "copy";
        // The CI is kept as a copy only: a copy is all it needs.
        review["documents"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == "ci")!["forms"] = "copy";

        await Client.WorkAsync(Manager, Order, "Task_ReviewChecklist", "gestora", review);

        var file = await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{Order}");
        Assert.Equal(DossierStatus.Returned, file.Dossier.Status);
        Assert.Equal(["Contrato de servicio firmado: falta el original"], Assert.Single(file.Returns).Items);
        var contract = file.Documents.Single(d => d.Code == "contrato");
        Assert.Equal((DocumentForms.Both, DocumentForms.Copy, "falta el original"), (contract.Keeps, contract.Arrived, contract.Defect));
        var ci = file.Documents.Single(d => d.Code == "ci");
        Assert.Equal((DocumentForms.Copy, DocumentForms.Copy, (string?)null), (ci.Keeps, ci.Arrived, ci.Defect));
        await Client.OpenTaskAsync(Advisor, Order, "Task_CorrectDocumentation");
    }

    [Fact]
    public async Task A_loan_of_the_original_is_refused_without_a_due_back_date_or_with_one_not_after_today()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));
        var requestNumber = await RequestAsync();
        var task = await Client.OpenTaskAsync(Manager, requestNumber, "Task_LocateAndDeliver");

        foreach (var (dueBackOn, code) in new[] { ((string?)null, "delivery-due-back-missing"), ("2027-05-31", "delivery-due-back-not-future"), ("2027-06-01", "delivery-due-back-not-future") })
        {
            var refused = await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete",
                new { variables = new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "original-loan", ["dueBackOn"] = dueBackOn } }, "gestora");
            Assert.Equal(code, (await refused.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("dueBackOn")[0].GetString());
        }
        Assert.Equal("Open", (await Client.OpenTaskAsync(Manager, requestNumber, "Task_LocateAndDeliver")).Status);
        Assert.Empty((await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{Order}")).OriginalsOut);
    }

    [Fact]
    public async Task A_lent_original_shows_on_the_dossier_and_holds_the_transfer_until_it_is_marked_returned()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));
        var loanRequest = await RequestAsync();
        await Client.WorkAsync(Manager, loanRequest, "Task_LocateAndDeliver", "gestora", new JsonObject
        {
            ["outcome"] = "recovered", ["deliveryMethod"] = "original-loan", ["dueBackOn"] = "2027-07-15",
        });

        var lent = Assert.Single((await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{Order}")).OriginalsOut);
        Assert.Equal((loanRequest, "carla (Asesoría Legal)", new DateOnly(2027, 7, 15), false), (lent.RequestNumber, lent.LentTo, lent.DueBackOn, lent.Overdue));
        Assert.Equal(Order, Assert.Single(await Client.Http.GetAsync<List<LoanView>>("/api/loans")).OrderNumber);
        // A second loan of the same original is refused: it is not in the archive.
        var laterRequest = await RequestAsync();
        var second = await Client.OpenTaskAsync(Manager, laterRequest, "Task_LocateAndDeliver");
        var refused = await Client.Http.PostAsJsonAsync($"/api/tasks/{second.Id}/complete", new
        {
            variables = new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "original-loan", ["dueBackOn"] = "2027-08-01" },
        }, "gestora");
        Assert.Equal("delivery-original-on-loan", (await refused.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("deliveryMethod")[0].GetString());

        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        await Archive.FireDueTimersAsync();
        Assert.Equal(DossierStatus.Archived, (await Archive.DossierAsync(Order)).Status);
        Assert.Empty(await ManifestsAsync());
        var waiting = await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{Order}");
        Assert.True(Assert.Single(waiting.OriginalsOut).Overdue);
        Assert.Contains(waiting.History, h => h.Action == "Remisión suspendida" && h.Detail!.Contains($"Original prestado a carla (Asesoría Legal) con la solicitud {loanRequest}"));

        var returned = await (await Client.Http.PostAsJsonAsync($"/api/loans/{lent.Id}/returned", new { }, "gestora")).ReadAsync<LoanView>();
        Assert.Equal("gestora", returned.ReturnedBy);
        await (await Client.Http.PostAsJsonAsync($"/api/loans/{lent.Id}/returned", new { }, "gestora")).ProblemAsync(409);
        Assert.Empty((await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{Order}")).OriginalsOut);
        Assert.Empty(await Client.Http.GetAsync<List<LoanView>>("/api/loans"));

        Factory.Time.Advance(TimeSpan.FromDays(7));
        await Archive.FireDueTimersAsync();
        Assert.Equal(DossierStatus.InTransfer, (await Archive.DossierAsync(Order)).Status);
        Assert.Single(await ManifestsAsync());
    }

    /// <summary>Registers carla's request for the dossier; answers the number the service gave it.</summary>
    private async Task<string> RequestAsync() =>
        (await (await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Order, requestingUnit = "Asesoría Legal", reason = "Auditoría" }, "carla"))
            .ReadAsync<JsonElement>()).GetProperty("number").GetString()!;

    private Task<List<TransferManifest>> ManifestsAsync() => Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<TransferManifest>().AsNoTracking().ToListAsync());
}

public sealed class SqliteOriginalsAndLoansTests() : OriginalsAndLoansTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresOriginalsAndLoansTests() : OriginalsAndLoansTests(DatabaseProvider.Postgres);
