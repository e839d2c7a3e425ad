using System.Text.Json;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>Step 11 as the archive does it: a remisión is prepared, sent with someone, then received by Condebamba (or the box is missing).</summary>
public abstract class RemisionTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly string[] Orders = ["SF-2027-000801", "SF-2027-000802"];

    [Fact]
    public async Task A_remision_goes_prepared_sent_received_and_each_step_out_of_order_is_refused()
    {
        var number = await PreparedRemisionAsync();
        Assert.Matches(@"^REM-2029-\d{5}$", number);
        Assert.Equal("Prepared", (await ManifestAsync(number)).GetProperty("status").GetString());

        var early = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0001", receivedBy = "Rosa Vargas" })).ProblemAsync(409);
        Assert.Equal("manifest-not-sent", early.GetProperty("code").GetString());
        var nobody = await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = " " })).ProblemAsync(400);
        Assert.Equal("manifest-carrier-required", nobody.GetProperty("code").GetString());

        var sent = await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Juan Mamani (mensajería)" })).ReadAsync<JsonElement>();
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal("Juan Mamani (mensajería)", sent.GetProperty("carriedBy").GetString());
        Assert.Equal("gestora", sent.GetProperty("sentBy").GetString());
        Assert.Equal(Factory.Time.GetUtcNow(), sent.GetProperty("sentAt").GetDateTimeOffset());
        var twice = await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Otra persona" })).ProblemAsync(409);
        Assert.Equal("manifest-already-sent", twice.GetProperty("code").GetString());
        var unsigned = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0001" })).ProblemAsync(400);
        Assert.Equal("reception-receiver-required", unsigned.GetProperty("code").GetString());
        foreach (var order in Orders) Assert.Equal(DossierStatus.InTransfer, (await Archive.DossierAsync(order)).Status);

        var received = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0001", receivedBy = "Rosa Vargas" }))
            .ReadAsync<JsonElement>();
        Assert.Equal(2, received.GetProperty("confirmed").GetInt32());
        var manifest = await ManifestAsync(number);
        Assert.Equal(("Received", "Rosa Vargas", "ADM-ARC-2029-0001"),
            (manifest.GetProperty("status").GetString(), manifest.GetProperty("condebambaReceiver").GetString(), manifest.GetProperty("receiptNumber").GetString()));
        foreach (var order in Orders) Assert.Equal(DossierStatus.Transferred, (await Archive.DossierAsync(order)).Status);
    }

    [Fact]
    public async Task A_box_reported_missing_keeps_its_dossiers_in_the_division_until_it_arrives()
    {
        var number = await PreparedRemisionAsync();
        await (await PostAsync($"/api/manifests/{number}/dispatch", new { carriedBy = "Juan Mamani" })).ReadAsync<JsonElement>();

        var missing = await (await PostAsync($"/api/manifests/{number}/reception",
            new { receivedBy = "Rosa Vargas", boxMissing = true, note = "El vehículo llegó sin la caja A-01" })).ReadAsync<JsonElement>();

        Assert.Equal(("BoxMissing", 0), (missing.GetProperty("status").GetString(), missing.GetProperty("confirmed").GetInt32()));
        Assert.Equal("El vehículo llegó sin la caja A-01", (await ManifestAsync(number)).GetProperty("missingNote").GetString());
        var held = await Archive.DossierAsync(Orders[0]);
        Assert.Equal(DossierStatus.InTransfer, held.Status);
        Assert.NotEqual(Custodies.Condebamba, held.Custody);

        var found = await (await PostAsync($"/api/manifests/{number}/reception", new { receiptNumber = "ADM-ARC-2029-0002", receivedBy = "Rosa Vargas" }))
            .ReadAsync<JsonElement>();
        Assert.Equal(("Received", 2), (found.GetProperty("status").GetString(), found.GetProperty("confirmed").GetInt32()));
        Assert.Equal(Custodies.Condebamba, (await Archive.DossierAsync(Orders[0])).Custody);
    }

    [Fact]
    public async Task A_dossier_due_after_its_box_was_sent_goes_on_a_new_remision_with_the_next_number()
    {
        var first = await PreparedRemisionAsync();
        await (await PostAsync($"/api/manifests/{first}/dispatch", new { carriedBy = "Juan Mamani" })).ReadAsync<JsonElement>();

        await Archive.ArchiveAsync(DomainSeed.Sale("SF-2027-000803"), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366 + 1));
        await Archive.FireDueTimersAsync();

        var manifests = await Http.GetAsync<JsonElement>("/api/manifests");
        Assert.Equal(2, manifests.GetArrayLength());
        var second = manifests.EnumerateArray().Single(m => m.GetProperty("number").GetString() != first);
        Assert.Equal(("Prepared", 1), (second.GetProperty("status").GetString(), second.GetProperty("dossierCount").GetInt32()));
        Assert.Equal(2, (await ManifestAsync(first)).GetProperty("dossierCount").GetInt32());
        Assert.True(string.CompareOrdinal(second.GetProperty("number").GetString(), first) > 0, $"{second.GetProperty("number")} after {first}");
    }

    private HttpClient Http => Archive.Http;

    private async Task<string> PreparedRemisionAsync()
    {
        foreach (var order in Orders) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(Orders.Length, await Archive.FireDueTimersAsync());
        var manifests = await Http.GetAsync<JsonElement>("/api/manifests");
        return Assert.Single(manifests.EnumerateArray()).GetProperty("number").GetString()!;
    }

    private async Task<JsonElement> ManifestAsync(string number) =>
        (await Http.GetAsync<JsonElement>($"/api/manifests/{number}")).GetProperty("manifest");

    private Task<HttpResponseMessage> PostAsync(string path, object body) => Http.PostAsJsonAsync(path, body, "gestora");
}

public sealed class SqliteRemisionTests() : RemisionTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRemisionTests() : RemisionTests(DatabaseProvider.Postgres);
