using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Security;

/// <summary>
/// Who reads which requests and scans: the archive and oversight read every one; a requester reads only the requests
/// she made and downloads only the scans delivered to her; and nobody chooses a request's number.
/// </summary>
public abstract class RequestAccessTests(DatabaseProvider provider) : HostedTest(provider)
{
    private const string Order = "SF-2027-000700";

    private async Task<string> AskAsync(string requester, object? body = null)
    {
        var created = await Client.Http.PostAsJsonAsync("/api/requests", body ?? new { orderNumber = Order, reason = "Reclamo ATT" }, requester)
            .ReadAsyncFrom<JsonElement>();
        return created.GetProperty("number").GetString()!;
    }

    private async Task<List<string>> NumbersSeenByAsync(string actor) =>
        (await (await Client.Http.GetAsync("/api/requests?pageSize=200", actor)).ReadAsync<PagedList<RequestDetail>>()).Items.Select(r => r.Number).Order().ToList();

    private async Task<string> UploadScanAsync(string number, byte[] scan)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(scan);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "contrato.pdf");
        return (await (await Client.Http.PostAsync($"/api/requests/{number}/attachments", form)).ReadAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> DeliverScanAsync(string number, byte[] scan)
    {
        var attachment = await UploadScanAsync(number, scan);
        await Client.WorkAsync(ManagerRole, number, "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan", ["attachmentId"] = attachment });
        return attachment;
    }

    [Fact]
    public async Task Oversight_reads_every_request_and_a_requester_only_the_ones_she_made()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));
        var carlas = await AskAsync("carla");
        var pedros = await AskAsync("pedro");
        var both = new[] { carlas, pedros }.Order().ToList();

        foreach (var reader in new[] { "monitora", "duena", "gestora", "admin" })
            Assert.Equal(both, await NumbersSeenByAsync(reader));
        Assert.Equal([carlas], await NumbersSeenByAsync("carla"));
        Assert.Equal([pedros], await NumbersSeenByAsync("pedro"));

        Assert.Equal("request-not-found", (await (await Client.Http.GetAsync($"/api/requests/{pedros}", "carla")).ProblemAsync(404)).Code());
        Assert.Equal("pedro", (await (await Client.Http.GetAsync($"/api/requests/{pedros}", "monitora")).ReadAsync<RequestDetail>()).RequestedBy);
        Assert.Equal(carlas, (await (await Client.Http.GetAsync($"/api/requests/{carlas}", "carla")).ReadAsync<RequestDetail>()).Number);
        // An advisor is no reader of requests.
        Assert.Equal(403, (int)(await Client.Http.GetAsync("/api/requests", "ana.rojas")).StatusCode);
    }

    [Fact]
    public async Task A_requester_downloads_the_scan_delivered_to_her_and_another_requesters_is_not_found()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));
        var carlasScan = "%PDF-1.4 escaneo para Carla"u8.ToArray();
        var pedrosScan = "%PDF-1.4 escaneo para Pedro"u8.ToArray();
        var carlas = await DeliverScanAsync(await AskAsync("carla"), carlasScan);
        var pedros = await DeliverScanAsync(await AskAsync("pedro"), pedrosScan);
        // Uploaded for her second request, but not delivered yet.
        var notYetDelivered = await UploadScanAsync(await AskAsync("carla"), carlasScan);

        Assert.Equal(carlasScan, await (await Client.Http.GetAsync($"/api/attachments/{carlas}", "carla")).Content.ReadAsByteArrayAsync());
        Assert.Equal("file-not-found", (await (await Client.Http.GetAsync($"/api/attachments/{pedros}", "carla")).ProblemAsync(404)).Code());
        Assert.Equal("file-not-found", (await (await Client.Http.GetAsync($"/api/attachments/{notYetDelivered}", "carla")).ProblemAsync(404)).Code());
        Assert.Equal("file-not-found", (await (await Client.Http.GetAsync($"/api/attachments/{carlas}", "pedro")).ProblemAsync(404)).Code());
        Assert.Equal(pedrosScan, await (await Client.Http.GetAsync($"/api/attachments/{pedros}", "monitora")).Content.ReadAsByteArrayAsync());
        Assert.Equal(pedrosScan, await (await Client.Http.GetAsync($"/api/attachments/{pedros}", "duena")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_request_number_is_given_by_the_service_even_when_the_body_names_a_dossiers_order_number()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));

        var number = await AskAsync("carla", new { number = Order, orderNumber = Order, reason = "Reclamo ATT" });
        var again = await AskAsync("carla", new { number = Order, orderNumber = Order, reason = "Otra vez" });

        Assert.Matches(@"^SOL-\d{8}-[0-9A-F]{6}$", number);
        Assert.NotEqual(number, again);
        Assert.Equal("request-not-found", (await (await Client.Http.GetAsync($"/api/requests/{Order}", "monitora")).ProblemAsync(404)).Code());
        var form = await (await Client.Http.GetAsync("/api/forms/retrieval-request", "carla")).ReadAsync<JsonElement>();
        Assert.DoesNotContain("number", form.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }
}

public sealed class SqliteRequestAccessTests() : RequestAccessTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRequestAccessTests() : RequestAccessTests(DatabaseProvider.Postgres);
