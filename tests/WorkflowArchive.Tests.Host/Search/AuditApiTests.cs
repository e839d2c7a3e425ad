using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Search;

/// <summary>GET /api/audit/{objectType}/{objectId}: the trail the audit interceptor left, readable after the procedure changed the object.</summary>
public abstract class AuditApiTests(DatabaseProvider provider) : HostedTest(provider, "monitora")
{
    private const string Order = "SF-2027-000456";

    private Task<List<AuditRecord>> TrailAsync(string type, object id) => Client.Http.GetAsync<List<AuditRecord>>($"/api/audit/{type}/{id}");

    [Fact]
    public async Task A_dossier_trail_lists_each_change_oldest_first_with_who_and_before_and_after()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));
        await Client.StartAsync("gestion-documental", Order, SaleVariables());
        await Client.WorkAsync(ManagerRole, Order, "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));
        await Client.WorkAsync(AdvisorRole, Order, "Task_CorrectDocumentation", "ana.rojas", Correction("contrato"));
        var dossierId = (await Client.Http.GetAsync<PagedList<DossierSummary>>($"/api/dossiers?orderNumber={Order}")).Items.Single().Id;

        var trail = await TrailAsync("Dossier", dossierId);

        Assert.Equal(trail.OrderBy(e => e.Id).Select(e => e.Id), trail.Select(e => e.Id));
        var created = trail[0];
        Assert.Equal(("Created", "gestora"), (created.Action, created.Actor));
        Assert.Equal(Order, Change(created, "OrderNumber").After?.GetValue<string>());
        Assert.Null(Change(created, "OrderNumber").Before);
        var statuses = trail.Select(e => e.Changes.FirstOrDefault(c => c.Property == "Status")).OfType<AuditedChange>()
            .Select(c => (c.Before?.GetValue<string>(), c.After?.GetValue<string>())).ToList();
        // Registering and the Smartflex check share the first move, as correcting and checking again share the last.
        Assert.Equal([(null, "Verified"), ("Verified", "Returned"), ("Returned", "Verified")], statuses);
        var returned = trail.Single(e => e.Changes.Any(c => c is { Property: "Status" } && c.After?.GetValue<string>() == "Returned"));
        Assert.Equal("gestora", returned.Actor);
        Assert.Equal((0, 1), (Change(returned, "ReturnCount").Before!.GetValue<int>(), Change(returned, "ReturnCount").After!.GetValue<int>()));
        Assert.Equal("ana.rojas", trail[^1].Actor);
    }

    [Fact]
    public async Task Type_names_and_ids_are_read_in_any_case()
    {
        var boxId = await Factory.BoxIdAsync("A-01");
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var box = await db.Set<WorkflowArchive.Domain.Archive.ArchiveLocation>().FindAsync(boxId);
            box!.Capacity = 60;
            return await db.SaveChangesAsync();
        });

        var trail = await TrailAsync("archivelocation", boxId.ToString().ToUpperInvariant());

        Assert.Equal(["Created", "Modified"], trail.Select(e => e.Action));
        var capacity = Assert.Single(trail[1].Changes);
        Assert.Equal(("Capacity", 40, 60), (capacity.Property, capacity.Before!.GetValue<int>(), capacity.After!.GetValue<int>()));
    }

    [Fact]
    public async Task An_unknown_object_type_is_refused_with_the_list_of_audited_types()
    {
        var problem = await (await Client.Http.GetAsync($"/api/audit/SmartflexSale/{Guid.NewGuid()}")).ProblemAsync(400);

        Assert.Equal("audit-type-unknown", problem.Code());
        var detail = problem.GetProperty("detail").GetString()!;
        foreach (var type in new[] { "Advisor", "ArchiveLocation", "Batch", "Dossier", "DossierDocument", "LegalHold", "RequirementSet", "RetrievalRequest", "TransferManifest" })
            Assert.Contains(type, detail);
    }

    [Fact]
    public async Task An_object_with_no_trail_is_404()
    {
        var id = Guid.NewGuid();

        var problem = await (await Client.Http.GetAsync($"/api/audit/Dossier/{id}")).ProblemAsync(404);

        Assert.Equal("audit-nothing-recorded", problem.Code());
        Assert.DoesNotContain(id.ToString(), problem.GetProperty("detail").GetString());
    }

    private static AuditedChange Change(AuditRecord entry, string property) => entry.Changes.Single(c => c.Property == property);
}

public sealed class SqliteAuditApiTests() : AuditApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresAuditApiTests() : AuditApiTests(DatabaseProvider.Postgres);
