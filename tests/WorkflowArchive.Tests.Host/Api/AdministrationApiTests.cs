using System.Net.Http.Json;
using System.Text.Json;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>
/// The API behind the administration pages, on both stores: an advisor's channel and state, closing and opening a box,
/// holds on a customer, the released holds on their own, and the history of Smartflex imports.
/// </summary>
public abstract class AdministrationApiTests(DatabaseProvider provider) : HostedTest(provider, "admin")
{
    private HttpClient Http => Client.Http;

    [Fact]
    public async Task An_advisor_changes_channel_and_is_deactivated_and_an_unknown_code_is_a_404()
    {
        var moved = await (await Http.PutAsJsonAsync("/api/advisors/arojas/channel", new { channel = "Mezzanine" })).ReadAsync<JsonElement>();
        Assert.Equal("Mezzanine", moved.GetProperty("channel").GetString());
        var inactive = await (await Http.PutAsJsonAsync("/api/advisors/arojas/active", new { active = false })).ReadAsync<JsonElement>();
        Assert.False(inactive.GetProperty("active").GetBoolean());

        var listed = await Http.GetAsync<JsonElement>("/api/advisors");
        var ana = listed.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "arojas");
        Assert.Equal(("Mezzanine", false), (ana.GetProperty("channel").GetString(), ana.GetProperty("active").GetBoolean()));
        var problem = await (await Http.PutAsJsonAsync("/api/advisors/nadie/active", new { active = true })).ProblemAsync(404);
        Assert.Equal("advisor-not-found", problem.Code());
    }

    [Fact]
    public async Task A_box_is_closed_and_opened_once_each_and_only_boxes_close()
    {
        var closed = await (await Http.PostAsync("/api/archive/locations/A-01/close", null)).ReadAsync<JsonElement>();
        Assert.True(closed.GetProperty("closed").GetBoolean());
        Assert.Equal("box-already-closed", (await (await Http.PostAsync("/api/archive/locations/A-01/close", null)).ProblemAsync(409)).Code());
        var listed = await Http.GetAsync<JsonElement>("/api/archive/locations");
        Assert.True(listed.EnumerateArray().Single(l => l.GetProperty("code").GetString() == "A-01").GetProperty("closed").GetBoolean());

        var opened = await (await Http.PostAsync("/api/archive/locations/A-01/open", null)).ReadAsync<JsonElement>();
        Assert.False(opened.GetProperty("closed").GetBoolean());
        Assert.Equal("location-not-box", (await (await Http.PostAsync("/api/archive/locations/EST-A/close", null)).ProblemAsync(400)).Code());
        Assert.Equal("location-not-found", (await (await Http.PostAsync("/api/archive/locations/Z-99/close", null)).ProblemAsync(404)).Code());
    }

    [Fact]
    public async Task A_hold_on_a_customer_holds_their_archived_dossier_and_released_holds_are_listed_apart()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale("SF-2027-000801"), boxCode: "A-01");
        var customer = DomainSeed.Sale("x").CustomerDocument;

        var hold = await (await Http.PostAsJsonAsync("/api/holds", new { customerDocument = customer, reason = "Demanda del cliente" })).ReadAsync<LegalHoldView>();
        Assert.Equal((customer, (string?)null, (string?)null), (hold.CustomerDocument, hold.OrderNumber, hold.BoxCode));
        var dossier = await Http.GetAsync<JsonElement>("/api/dossiers/SF-2027-000801");
        Assert.Equal("customer", dossier.GetProperty("activeHolds").EnumerateArray().Single().GetProperty("on").GetString());

        Assert.Equal("hold-customer-not-found",
            (await (await Http.PostAsJsonAsync("/api/holds", new { customerDocument = "0000000 XX", reason = "Error de tipeo" })).ProblemAsync(404)).Code());
        Assert.Equal("hold-target-ambiguous",
            (await (await Http.PostAsJsonAsync("/api/holds", new { boxCode = "A-02", customerDocument = customer, reason = "Dos a la vez" })).ProblemAsync(400)).Code());

        var boxHold = await (await Http.PostAsJsonAsync("/api/holds", new { boxCode = "A-02", reason = "Auditoría" })).ReadAsync<LegalHoldView>();
        await (await Http.PostAsJsonAsync($"/api/holds/{boxHold.Id}/release", new { reason = "Auditoría cerrada" })).ReadAsync<LegalHoldView>();
        var released = await Http.GetAsync<List<LegalHoldView>>("/api/holds?active=false");
        Assert.Equal(["A-02"], released.Select(h => h.BoxCode));
        var active = await Http.GetAsync<List<LegalHoldView>>("/api/holds?active=true");
        Assert.Equal([customer], active.Select(h => h.CustomerDocument));
        Assert.Equal(2, (await Http.GetAsync<List<LegalHoldView>>("/api/holds")).Count);
    }

    [Fact]
    public async Task Each_smartflex_import_is_listed_newest_first_with_who_and_its_counts()
    {
        await Smartflex.SmartflexImports.PostCsvAsync(Http, $"{Smartflex.SmartflexImports.Header}\nSF-2027-000811,4455667 CB,Rosa Quiroga,false,internet,venta-nueva,arojas,2027-05-28\n", "gestora");
        Factory.Time.Advance(TimeSpan.FromMinutes(5));
        await Smartflex.SmartflexImports.PostCsvAsync(Http, $"{Smartflex.SmartflexImports.Header}\nSF-2027-000812,4455667 CB,Rosa Quiroga,false,internet,venta-nueva,arojas,28/05/2027\n", "admin");

        var history = await Http.GetAsync<List<SmartflexImportHistoryView>>("/api/smartflex/imports");

        Assert.Equal([("admin", 0, 1), ("gestora", 1, 0)], history.Select(h => (h.Actor, h.Imported, h.Rejected)));
        Assert.True(history[0].At > history[1].At);
    }
}

public sealed class SqliteAdministrationApiTests() : AdministrationApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresAdministrationApiTests() : AdministrationApiTests(DatabaseProvider.Postgres);
