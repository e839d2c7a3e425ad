using System.Security.Claims;
using System.Text.Json;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Paper;

/// <summary>
/// A box's inventory through the API, on both stores: five dossiers filed in A-01 and one in A-02; the count of A-01
/// scans four of its own (one out of order), A-02's, one sheet twice and a code nobody knows.
/// </summary>
public abstract class BoxInventoryTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly string[] InA01 = ["SF-2027-007101", "SF-2027-007102", "SF-2027-007103", "SF-2027-007104", "SF-2027-007105"];
    private const string InA02 = "SF-2027-007201";
    private HttpClient Http => Archive.Http;

    [Fact]
    public async Task An_inventory_finds_the_missing_the_misplaced_and_the_out_of_position_counts_a_double_scan_once_and_is_audited()
    {
        foreach (var order in InA01) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        await Archive.ArchiveAsync(DomainSeed.Sale(InA02), boxCode: "A-02");
        var positions = new Dictionary<string, int>();
        foreach (var order in InA01) positions[order] = (await Archive.DossierAsync(order)).Position!.Value;
        var byPosition = InA01.OrderBy(o => positions[o]).ToArray();

        // Monitors read the box; only the archive's staff count it.
        var box = await (await Http.GetAsync("/api/archive/boxes/A-01", "monitora")).ReadAsync<BoxView>();
        Assert.Equal(byPosition, box.Dossiers.Select(d => d.OrderNumber));
        Assert.Equal("Archivo de la División / Estante A / Caja A-01", box.Path);
        Assert.Equal(403, (int)(await Http.PostAsJsonAsync("/api/archive/boxes/A-01/inventories", null, "monitora")).StatusCode);
        Assert.Equal("box-not-found", (await (await Http.GetAsync("/api/archive/boxes/Z-99", "gestora")).ProblemAsync(404)).Code());
        Assert.Equal("box-not-found", (await (await Http.PostAsJsonAsync("/api/archive/boxes/Z-99/inventories", null, "gestora")).ProblemAsync(404)).Code());

        var started = await (await Http.PostAsJsonAsync("/api/archive/boxes/A-01/inventories", null, "gestora")).ReadAsync<InventoryView>();
        // A second start (a double click, another tab) joins the inventory in progress.
        var again = await (await Http.PostAsJsonAsync("/api/archive/boxes/A-01/inventories", null, "gestora")).ReadAsync<InventoryView>();
        Assert.Equal(started.Summary.Id, again.Summary.Id);
        var id = started.Summary.Id;

        // Front to back: 1, 3, 4, then 2 (put back in the wrong place); 5 is not there; A-02's sheet is; 1 again; a stray code.
        Assert.Equal(ScanOutcomes.Ok, (await ScanAsync(id, byPosition[0])).Outcome);
        Assert.Equal(ScanOutcomes.Ok, (await ScanAsync(id, byPosition[2].ToLowerInvariant())).Outcome);
        Assert.Equal(ScanOutcomes.Ok, (await ScanAsync(id, $"  {byPosition[3]} ")).Outcome);
        Assert.Equal(ScanOutcomes.Ok, (await ScanAsync(id, byPosition[1])).Outcome);
        var elsewhere = await ScanAsync(id, InA02);
        Assert.Equal(ScanOutcomes.Elsewhere, elsewhere.Outcome);
        Assert.Equal("A-02", elsewhere.Line!.ExpectedBox);
        Assert.Contains("caja A-02, posición 1", elsewhere.Message);
        var twice = await ScanAsync(id, byPosition[0]);
        Assert.Equal(ScanOutcomes.AlreadyScanned, twice.Outcome);
        Assert.Equal(1, twice.Line!.Sequence);
        Assert.Equal(ScanOutcomes.Unknown, (await ScanAsync(id, "CAJA-ROTA-1")).Outcome);
        Assert.Equal("scan-code-required", (await (await Http.PostAsJsonAsync($"/api/archive/inventories/{id}/scans", new { code = " " }, "gestora")).ProblemAsync(400)).Code());
        Assert.Equal(403, (int)(await Http.PostAsJsonAsync($"/api/archive/inventories/{id}/scans", new { code = byPosition[4] }, "monitora")).StatusCode);

        // The scans are stored as they come: the box page after a reload finds the inventory in progress with all six.
        var reloaded = await (await Http.GetAsync("/api/archive/boxes/A-01", "gestora")).ReadAsync<BoxView>();
        Assert.Equal(id, reloaded.OpenInventoryId);
        Assert.Equal(6, (await (await Http.GetAsync($"/api/archive/inventories/{id}", "gestora")).ReadAsync<InventoryView>()).Lines.Count);

        var result = await (await Http.PostAsJsonAsync($"/api/archive/inventories/{id}/finish", null, "gestora")).ReadAsync<InventoryView>();
        var summary = result.Summary;
        Assert.Equal((5, 4, 1, 1, 1, 1), (summary.Expected, summary.Found, summary.Missing, summary.Misplaced, summary.OutOfPosition, summary.Unknown));
        Assert.Equal("gestora", summary.FinishedBy);
        var missing = Assert.Single(result.Lines, l => l.Finding == InventoryFinding.Missing);
        Assert.Equal((byPosition[4], positions[byPosition[4]]), (missing.Code, missing.ExpectedPosition!.Value));
        var misplaced = Assert.Single(result.Lines, l => l.Finding == InventoryFinding.Misplaced);
        Assert.Equal((InA02, "A-02", 1), (misplaced.Code, misplaced.ExpectedBox, misplaced.ExpectedPosition!.Value));
        Assert.Equal(byPosition[1], Assert.Single(result.Lines, l => l.Finding == InventoryFinding.OutOfPosition).Code);
        Assert.Equal("CAJA-ROTA-1", Assert.Single(result.Lines, l => l.Finding == InventoryFinding.Unknown).Code);

        Assert.Equal("inventory-finished", (await (await Http.PostAsJsonAsync($"/api/archive/inventories/{id}/scans", new { code = byPosition[4] }, "gestora")).ProblemAsync(409)).Code());
        Assert.Equal("inventory-finished", (await (await Http.PostAsJsonAsync($"/api/archive/inventories/{id}/finish", null, "gestora")).ProblemAsync(409)).Code());
        var listed = Assert.Single((await (await Http.GetAsync("/api/archive/boxes/A-01", "duena")).ReadAsync<BoxView>()).Inventories);
        Assert.Equal((id, 1), (listed.Id, listed.Missing));
        Assert.Null((await (await Http.GetAsync("/api/archive/boxes/A-01", "duena")).ReadAsync<BoxView>()).OpenInventoryId);

        var trail = await (await Http.GetAsync($"/api/audit/BoxInventory/{id}", "monitora")).ReadAsync<JsonElement>();
        var actions = trail.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())).ToList();
        Assert.Equal([("Created", "gestora"), ("Modified", "gestora")], actions);

        // The indicator's "no encontrada" for the missing dossier points at this inventory of its box.
        var lost = await Archive.DossierAsync(byPosition[4]);
        var now = Factory.Time.GetUtcNow();
        var unfound = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            db.Add(new RetrievalRequest
            {
                Number = "SOL-INV-1", OrderNumber = lost.OrderNumber, DossierId = lost.Id, RequestedBy = "pedro", Status = RetrievalStatus.NotFound,
                RequestedAt = now, ResolvedAt = now, NotFoundReason = "No estaba en su caja",
            });
            await db.SaveChangesAsync();
            var monitor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "monitora"), new Claim(ClaimTypes.Role, "monitor-retencion")], "test"));
            var today = sp.GetRequiredService<BusinessCalendar>().Today(now);
            return await sp.GetRequiredService<UnfoundRequests>().InAsync(today.AddDays(-1), today, monitor);
        });
        var request = Assert.Single(unfound);
        Assert.Equal(("SOL-INV-1", "A-01", id), (request.Number, request.BoxCode, request.LastInventoryId!.Value));
    }

    [Fact]
    public async Task A_dossier_not_found_is_marked_as_lost_shown_audited_and_found_again()
    {
        var order = InA01[0];
        await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");

        Assert.Equal(403, (int)(await Http.PostAsJsonAsync($"/api/dossiers/{order}/missing", new { note = "x" }, "monitora")).StatusCode);
        Assert.Equal("dossier-not-found", (await (await Http.PostAsJsonAsync("/api/dossiers/SF-0000/missing", new { note = "x" }, "gestora")).ProblemAsync(404)).Code());
        Assert.Equal(204, (int)(await Http.PostAsJsonAsync($"/api/dossiers/{order}/missing", new { note = "No estaba en la caja A-01" }, "gestora")).StatusCode);
        Assert.Equal("dossier-already-missing", (await (await Http.PostAsJsonAsync($"/api/dossiers/{order}/missing", new { note = "x" }, "gestora")).ProblemAsync(409)).Code());

        var detail = await (await Http.GetAsync($"/api/dossiers/{order}", "monitora")).ReadAsync<JsonElement>();
        Assert.Equal("No estaba en la caja A-01", detail.GetProperty("dossier").GetProperty("missingNote").GetString());
        var found = await (await Http.GetAsync($"/api/dossiers?orderNumber={order}", "monitora")).ReadAsync<JsonElement>();
        Assert.NotEqual(JsonValueKind.Null, found.GetProperty("items")[0].GetProperty("missingSince").ValueKind);
        Assert.NotNull(Assert.Single((await (await Http.GetAsync("/api/archive/boxes/A-01", "monitora")).ReadAsync<BoxView>()).Dossiers).MissingSince);

        Assert.Equal(204, (int)(await Http.PostAsJsonAsync($"/api/dossiers/{order}/found", null, "gestora")).StatusCode);
        Assert.Equal("dossier-not-missing", (await (await Http.PostAsJsonAsync($"/api/dossiers/{order}/found", null, "gestora")).ProblemAsync(409)).Code());
        var dossier = await Archive.DossierAsync(order);
        Assert.Null(dossier.MissingSince);
        var trail = await (await Http.GetAsync($"/api/audit/Dossier/{dossier.Id}", "monitora")).ReadAsync<JsonElement>();
        var changed = trail.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Modified" && e.GetProperty("actor").GetString() == "gestora")
            .SelectMany(e => e.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("property").GetString())).ToList();
        Assert.Equal(2, changed.Count(p => p == "MissingSince"));
    }

    [Fact]
    public async Task A_scanned_code_leads_to_its_box_dossier_or_remision_and_a_code_that_does_not_exist_says_so()
    {
        var order = InA01[0];
        await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(1, await Archive.FireDueTimersAsync());
        var remision = (await Http.GetAsync<JsonElement>("/api/manifests"))[0].GetProperty("number").GetString()!;

        Assert.Equal(new LookupView(LookupKinds.Box, "/cajas/A-01"), await LookupAsync("A-01"));
        Assert.Equal(new LookupView(LookupKinds.Box, "/cajas/A-01"), await LookupAsync(" a-01 "));
        Assert.Equal(new LookupView(LookupKinds.Dossier, $"/expedientes/{order}"), await LookupAsync(order));
        Assert.Equal(new LookupView(LookupKinds.Remision, $"/remisiones/{remision}"), await LookupAsync(remision.ToLowerInvariant()));
        Assert.Equal(new LookupView(LookupKinds.Search, "/expedientes?q=Quiroga%20Pe%C3%B1a"), await LookupAsync("Quiroga Peña"));

        Assert.Equal("manifest-not-found", await LookupProblemAsync("REM-2027-09999", 404));
        Assert.Equal("dossier-not-found", await LookupProblemAsync("SF-2027-999999", 404));
        Assert.Equal("box-not-found", await LookupProblemAsync("Z-99", 404));
        Assert.Equal("location-not-box", await LookupProblemAsync("EST-A", 400));
        Assert.Equal("lookup-code-required", await LookupProblemAsync("", 400));
        Assert.Equal(403, (int)(await Http.GetAsync("/api/lookup?code=A-01", "luis.fernandez")).StatusCode);
    }

    private async Task<ScanOutcomeView> ScanAsync(Guid inventory, string code) =>
        await (await Http.PostAsJsonAsync($"/api/archive/inventories/{inventory}/scans", new { code }, "gestora")).ReadAsync<ScanOutcomeView>();

    private async Task<LookupView> LookupAsync(string code) =>
        await (await Http.GetAsync($"/api/lookup?code={Uri.EscapeDataString(code)}", "monitora")).ReadAsync<LookupView>();

    private async Task<string?> LookupProblemAsync(string code, int status) =>
        (await (await Http.GetAsync($"/api/lookup?code={Uri.EscapeDataString(code)}", "monitora")).ProblemAsync(status)).Code();
}

public sealed class SqliteBoxInventoryTests() : BoxInventoryTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresBoxInventoryTests() : BoxInventoryTests(DatabaseProvider.Postgres);
