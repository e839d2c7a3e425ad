using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Lifecycle;

public sealed class ChecklistTests
{
    [Fact]
    public async Task A_company_customer_needs_its_NIT_and_company_papers_and_is_returned_without_them()
    {
        await using var host = await StartAsync();
        const string order = "SF-2027-000100";
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale(order, service: "datos-empresariales", company: true));
        await host.RegisterBatchAsync("arojas", order);

        await host.Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(order, "nit"));

        var returned = await host.DossierAsync(order);
        Assert.Equal(DossierStatus.Returned, returned.Status);
        var returns = await ReturnsAsync(host, returned.Id);
        Assert.Contains("NIT de la empresa: falta", Assert.Single(returns).Items);
        var documents = await DocumentsAsync(host, returned.Id);
        Assert.Contains(documents, d => d.Code == "documentos-empresa" && d.Required);
        Assert.DoesNotContain(documents, d => d.Code == "ci" && d.Required);

        await host.Client.WorkAsync(Advisor, order, "Task_CorrectDocumentation", "ana.rojas",
            new JsonObject { ["supplied"] = new JsonArray("nit"), ["note"] = "NIT entregado por el cliente" });
        var corrected = Assert.Single(await ReturnsAsync(host, returned.Id));
        Assert.Equal("nit", corrected.Supplied);
        Assert.NotNull(corrected.CorrectedAt);

        await host.Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(order));
        await host.Client.WorkAsync(Manager, order, "Task_Archive", "gestora", new JsonObject());
        Assert.Equal(DossierStatus.Archived, (await host.DossierAsync(order)).Status);
    }

    [Fact]
    public async Task A_change_of_holder_needs_the_previous_holders_assignment_letter()
    {
        await using var host = await StartAsync();
        const string order = "SF-2027-000200";
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale(order, service: "telefonia-fija", transaction: "cambio-titular"));
        await host.RegisterBatchAsync("arojas", order);

        var review = await host.ReviewAsync(order);
        Assert.Contains(review["documents"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "carta-cesion");
        Assert.DoesNotContain(review["documents"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "acta-instalacion");
        await host.Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(order, "carta-cesion"));
        Assert.Equal(DossierStatus.Returned, (await host.DossierAsync(order)).Status);

        await host.Client.WorkAsync(Advisor, order, "Task_CorrectDocumentation", "ana.rojas", new JsonObject { ["supplied"] = new JsonArray("carta-cesion") });
        await host.Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(order));
        await host.Client.WorkAsync(Manager, order, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-01" });

        var archived = await host.DossierAsync(order);
        Assert.Equal(DossierStatus.Archived, archived.Status);
        Assert.Equal(1, archived.ReturnCount);
    }

    [Fact]
    public async Task A_dossier_is_checked_against_the_requirement_set_in_force_on_its_sale_date()
    {
        await using var host = await StartAsync();
        var current = await host.Http.GetAsync<JsonElement>("/api/catalog/requirement-sets");
        var items = current[0].GetProperty("items").Deserialize<List<JsonObject>>(HttpClientExtensions.Json)!;
        items.Add(new JsonObject { ["serviceCode"] = "internet", ["transactionCode"] = "venta-nueva", ["documentCode"] = "encuesta",
            ["documentName"] = "Encuesta de satisfacción firmada", ["mustBeSigned"] = true, ["condition"] = "Always" });
        var published = await host.Http.PostAsJsonAsync("/api/catalog/requirement-sets",
            new { effectiveFrom = "2027-06-01", comment = "Encuesta obligatoria", items }, "duena.proceso");
        Assert.Equal(2, (await published.ReadAsync<JsonElement>()).GetProperty("version").GetInt32());

        var before = DomainSeed.Sale("SF-2027-000300");
        var after = DomainSeed.Sale("SF-2027-000301");
        after.SaleDate = new DateOnly(2027, 6, 1);
        foreach (var sale in new[] { before, after })
        {
            await DomainSeed.SaleAsync(host.Factory, sale);
            await host.RegisterBatchAsync("arojas", sale.OrderNumber);
        }
        var v1Review = await host.ReviewAsync(before.OrderNumber);
        await host.Client.WorkAsync(Manager, before.OrderNumber, "Task_ReviewChecklist", "gestora", v1Review);
        // The old list leaves the survey undecided for a sale under the new set: refused, nothing assumed.
        var freshTask = await host.Client.OpenTaskAsync(Manager, after.OrderNumber, "Task_ReviewChecklist");
        var refused = await host.Http.PostAsJsonAsync($"/api/tasks/{freshTask.Id}/complete", new { variables = v1Review }, "gestora");
        Assert.Equal("review-document-undecided", (await refused.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("documents.encuesta")[0].GetString());
        await host.Client.WorkAsync(Manager, after.OrderNumber, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(after.OrderNumber, "encuesta"));

        var old = await host.DossierAsync(before.OrderNumber);
        var fresh = await host.DossierAsync(after.OrderNumber);
        Assert.Equal(1, old.RequirementSetVersion);
        Assert.Equal(DossierStatus.Classified, old.Status);
        Assert.Equal(2, fresh.RequirementSetVersion);
        Assert.Equal(DossierStatus.Returned, fresh.Status);
        Assert.Contains("Encuesta de satisfacción firmada: falta", Assert.Single(await ReturnsAsync(host, fresh.Id)).Items);
    }

    [Fact]
    public async Task A_requirement_set_naming_unknown_codes_is_refused()
    {
        await using var host = await StartAsync();

        var response = await host.Http.PostAsJsonAsync("/api/catalog/requirement-sets", new
        {
            effectiveFrom = "2027-06-01",
            items = new[] { new { serviceCode = "fax", transactionCode = "*", documentCode = "x", documentName = "X", mustBeSigned = false, condition = "Always" } },
        }, "duena.proceso");

        var problem = await response.ProblemAsync(400);
        Assert.Equal("requirements-invalid", problem.Code());
        Assert.Contains(DomainTexts.RequirementItemUnknownService.With(1, "x", "fax").ToString(), problem.GetProperty("detail").GetString());
    }

    private static Task<List<DossierReturn>> ReturnsAsync(LifecycleHost host, Guid dossierId) => host.Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<DossierReturn>().AsNoTracking().Where(r => r.DossierId == dossierId).OrderBy(r => r.Number).ToListAsync());

    private static Task<List<DossierDocument>> DocumentsAsync(LifecycleHost host, Guid dossierId) => host.Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<DossierDocument>().AsNoTracking().Where(d => d.DossierId == dossierId).ToListAsync());
}
