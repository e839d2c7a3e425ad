using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Lifecycle;

public sealed class RetentionAndTransferTests
{
    [Fact]
    public async Task A_legal_hold_on_the_box_keeps_its_dossiers_until_released_then_the_box_travels_on_one_manifest()
    {
        await using var host = await StartAsync();
        var first = DomainSeed.Sale("SF-2027-000400");
        var second = DomainSeed.Sale("SF-2027-000401");
        await host.ArchiveAsync(first, boxCode: "A-01");
        await host.ArchiveAsync(second, boxCode: "A-01");
        var hold = await (await host.Http.PostAsJsonAsync("/api/holds", new { boxCode = "A-01", reason = "Proceso judicial 123/2028" }, "legal"))
            .ReadAsync<JsonElement>();

        host.Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(2, await host.FireDueTimersAsync());
        Assert.Equal(DossierStatus.Archived, (await host.DossierAsync(first.OrderNumber)).Status);
        Assert.Empty(await ManifestsAsync(host));

        await (await host.Http.PostAsJsonAsync($"/api/holds/{hold.GetProperty("id").GetGuid()}/release", new { reason = "Causa archivada" }, "legal"))
            .ReadAsync<JsonElement>();
        host.Factory.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await host.FireDueTimersAsync());

        var manifest = Assert.Single(await ManifestsAsync(host));
        Assert.Equal(2, manifest.DossierCount);
        Assert.Equal(DossierStatus.InTransfer, (await host.DossierAsync(second.OrderNumber)).Status);

        var reception = await host.SendAndReceiveAsync(manifest.Number, "ADM-ARC-2029-0077");
        Assert.Equal(2, reception.GetProperty("confirmed").GetInt32());

        var transferred = await host.DossierAsync(first.OrderNumber);
        Assert.Equal(DossierStatus.Transferred, transferred.Status);
        Assert.Equal(Custodies.Condebamba, transferred.Custody);
        Assert.Contains("ADM-ARC-2029-0077", transferred.Location);
        Assert.Equal(ManifestStatus.Received, Assert.Single(await ManifestsAsync(host)).Status);
        await (await host.Http.PostAsJsonAsync($"/api/manifests/{manifest.Number}/reception", new { receiptNumber = "X", receivedBy = "Otra" }, "gestora"))
            .ProblemAsync(409);
    }

    [Fact]
    public async Task A_request_for_a_transferred_dossier_is_answered_with_an_uploaded_scan_kept_with_its_hash()
    {
        await using var host = await StartAsync();
        var sale = DomainSeed.Sale("SF-2027-000500");
        await host.ArchiveAsync(sale);
        host.Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        await host.FireDueTimersAsync();
        var manifest = Assert.Single(await ManifestsAsync(host));
        await host.SendAndReceiveAsync(manifest.Number, "ADM-ARC-1");

        var created = await (await host.Http.PostAsJsonAsync("/api/requests", new
        {
            customerDocument = sale.CustomerDocument, requestingUnit = "Asesoría Legal", reason = "Demanda",
        }, "carla")).ReadAsync<JsonElement>();
        Assert.Equal("Active", created.GetProperty("status").GetString());
        var number = created.GetProperty("number").GetString()!;
        var task = await host.Client.OpenTaskAsync(Manager, number, "Task_LocateAndDeliver");
        Assert.NotNull(task.DueAt);

        var scan = "%PDF-1.4 escaneo del contrato"u8.ToArray();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(scan);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "contrato.pdf");
        var upload = await (await host.Http.PostAsync($"/api/requests/{number}/attachments", form)).ReadAsync<JsonElement>();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(scan)), upload.GetProperty("sha256").GetString());

        await host.Client.WorkAsync(Manager, number, "Task_LocateAndDeliver", "gestora", new JsonObject
        {
            ["outcome"] = "recovered", ["deliveryMethod"] = "scan", ["attachmentId"] = upload.GetProperty("id").GetString(),
        });

        var request = await host.Http.GetAsync<JsonElement>($"/api/requests/{number}");
        Assert.Equal("Recovered", request.GetProperty("status").GetString());
        Assert.Equal(scan, await host.Http.GetByteArrayAsync($"/api/attachments/{upload.GetProperty("id").GetString()}"));
        var dossier = await host.DossierAsync(sale.OrderNumber);
        Assert.Equal(dossier.Id, request.GetProperty("dossierId").GetGuid());
    }

    [Fact]
    public async Task A_scan_delivery_without_its_file_and_a_wrong_file_type_are_refused()
    {
        await using var host = await StartAsync();
        await host.ArchiveAsync(DomainSeed.Sale("SF-2027-000600"));
        var number = (await (await host.Http.PostAsJsonAsync("/api/requests", new { orderNumber = "SF-2027-000600", reason = "Auditoría" }, "carla"))
            .ReadAsync<JsonElement>()).GetProperty("number").GetString()!;

        using var form = new MultipartFormDataContent { { new StringContent("hola"), "file", "nota.txt" } };
        Assert.Equal("attachment-type-not-allowed", (await (await host.Http.PostAsync($"/api/requests/{number}/attachments", form)).ProblemAsync(400)).Code());
        using var disguised = new MultipartFormDataContent();
        var html = new ByteArrayContent("<html><script>alert(1)</script></html>"u8.ToArray());
        html.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        disguised.Add(html, "file", "foto.png");
        Assert.Equal("attachment-content-mismatch", (await (await host.Http.PostAsync($"/api/requests/{number}/attachments", disguised)).ProblemAsync(400)).Code());
        using var named = new MultipartFormDataContent();
        var pdf = new ByteArrayContent("%PDF-1.4 escaneo"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        named.Add(pdf, "file", "..\\..\\otra\\contrato\tfirmado.pdf");
        var stored = await (await host.Http.PostAsync($"/api/requests/{number}/attachments", named)).ReadAsync<JsonElement>();
        Assert.Equal("contratofirmado.pdf", stored.GetProperty("fileName").GetString());

        var task = await host.Client.OpenTaskAsync(Manager, number, "Task_LocateAndDeliver");
        var refused = await host.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete",
            new { variables = new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan" } }, "gestora");
        Assert.Equal("delivery-file-missing", (await refused.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("attachmentId")[0].GetString());
        Assert.Equal("Open", (await host.Client.OpenTaskAsync(Manager, number, "Task_LocateAndDeliver")).Status);
    }

    [Fact]
    public async Task A_full_box_is_refused_before_the_move_and_the_manager_chooses_another()
    {
        await using var host = await StartAsync(boxCapacity: 1);
        await host.ArchiveAsync(DomainSeed.Sale("SF-2027-000700"), boxCode: "A-01");
        var second = DomainSeed.Sale("SF-2027-000701");
        await DomainSeed.SaleAsync(host.Factory, second);
        await host.RegisterBatchAsync(second.AdvisorCode, second.OrderNumber);
        await host.Client.WorkAsync(Manager, second.OrderNumber, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(second.OrderNumber));
        var archive = await host.Client.OpenTaskAsync(Manager, second.OrderNumber, "Task_Archive");

        var refused = await host.Http.PostAsJsonAsync($"/api/tasks/{archive.Id}/complete", new { variables = new { boxCode = "A-01" } }, "gestora");

        Assert.Equal("archive-box-full", (await refused.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("boxCode")[0].GetString());
        var instances = await host.Http.GetAsync<Host.Application.PagedList<Host.Application.InstanceSummary>>("/api/instances?businessKey=SF-2027-000701");
        Assert.Equal("Active", Assert.Single(instances.Items).Status);
        var moved = await host.Client.WorkAsync(Manager, second.OrderNumber, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-02" });
        Assert.Equal("Active", moved.Status);
        Assert.Equal("Archivo de la División / Estante A / Caja A-02 / Posición 1", (await host.DossierAsync("SF-2027-000701")).Location);
    }

    [Fact]
    public async Task A_box_the_archive_check_found_that_fills_before_the_filing_sends_the_dossier_to_the_next_box_with_room()
    {
        await using var host = await StartAsync(boxCapacity: 1);

        var (found, picked, filedIn, position) = await host.Factory.InScopeAsync(async sp =>
        {
            var boxes = sp.GetRequiredService<BoxAssignment>();
            var found = (await boxes.CheckFirstWithRoomAsync("VN-INT", CancellationToken.None))!.Code;
            // Meanwhile another request files a dossier in it: it is full in the store, not in this scope's copy.
            await host.Factory.InScopeAsync(other => other.GetRequiredService<ArchiveDbContext>().Set<ArchiveLocation>()
                .Where(l => l.Code == found).ExecuteUpdateAsync(set => set.SetProperty(l => l.Filled, 1)));
            var picked = await boxes.PickAsync(null, "VN-INT", CancellationToken.None);
            var (box, position) = await boxes.TakePositionAsync(picked, null, "VN-INT", host.Factory.Time.GetUtcNow(), CancellationToken.None);
            return (found, picked.Code, box.Code, position);
        });

        // The activity takes the box its check found without asking again; the store refuses it, and the next box is read fresh.
        Assert.Equal(("A-01", "A-01", "A-02", 1), (found, picked, filedIn, position));
    }

    [Fact]
    public async Task The_retention_period_of_the_dossiers_class_sets_when_its_timer_fires()
    {
        await using var host = await StartAsync(settings: new Dictionary<string, string> { ["Archive:RetentionByService:movil"] = "P3Y" });
        await host.ArchiveAsync(DomainSeed.Sale("SF-2027-000800", service: "movil"));
        await host.ArchiveAsync(DomainSeed.Sale("SF-2027-000801", service: "internet"));

        var mobile = await host.DossierAsync("SF-2027-000800");
        Assert.Equal("P3Y", mobile.RetentionPeriod);
        Assert.Equal(mobile.ArchivedAt!.Value.AddYears(3), mobile.RetentionDueAt);

        host.Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(1, await host.FireDueTimersAsync());
        Assert.Equal(DossierStatus.Archived, (await host.DossierAsync("SF-2027-000800")).Status);
        Assert.Equal(DossierStatus.InTransfer, (await host.DossierAsync("SF-2027-000801")).Status);
        host.Factory.Time.Advance(TimeSpan.FromDays(366));
        Assert.Equal(1, await host.FireDueTimersAsync());
        Assert.Equal(DossierStatus.InTransfer, (await host.DossierAsync("SF-2027-000800")).Status);
    }

    private static Task<List<TransferManifest>> ManifestsAsync(LifecycleHost host) => host.Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<TransferManifest>().AsNoTracking().ToListAsync());
}
