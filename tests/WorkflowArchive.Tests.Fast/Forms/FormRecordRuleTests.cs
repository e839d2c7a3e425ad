using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Contracts;

namespace WorkflowArchive.Tests.Forms;

/// <summary>Each contract's rules that read the records, the instance or the clock, over a bare store (no web host).</summary>
public sealed class FormRecordRuleTests : IAsyncLifetime
{
    private const string Order = "SF-2027-000301";
    private EngineHarness _store = null!;

    public async Task InitializeAsync()
    {
        _store = await EngineHarness.CreateAsync();
        await _store.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            await DefaultCatalog.SeedAsync(db, _store.Time, CancellationToken.None);
            db.Add(new Advisor { Code = "arojas", Name = "Ana Rojas", Channel = AdvisorChannel.Plataforma, Office = "Oficina Central" });
            db.Add(StoreRows.Dossier(Order));
            db.Add(new ArchiveLocation { Kind = LocationKind.Box, Code = "A-01", Name = "Caja A-01", Path = "Estante A / Caja A-01", Capacity = 2, Filled = 2 });
            db.Add(new ArchiveLocation { Kind = LocationKind.Box, Code = "B-01", Name = "Caja B-01", Path = "Estante B / Caja B-01", Capacity = 2, Filled = 1, ClassificationPrefix = "2026/" });
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private Task<IReadOnlyList<(string Field, string Code)>> CheckTaskAsync(string formKey, JsonObject output, JsonObject? variables = null, string businessKey = Order) =>
        _store.InScopeAsync<IReadOnlyList<(string, string)>>(async sp =>
        {
            var contract = sp.GetServices<ITaskContract>().Single(c => c.Form.Key == formKey);
            var errors = await contract.CheckAsync(new TaskOutput(output, variables ?? [], businessKey, "Task", _store.Time.GetUtcNow()), CancellationToken.None);
            return errors.Select(e => (e.Field, e.Code)).Order().ToList();
        });

    private Task SaveAsync(params object[] rows) => _store.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    });

    private Task<Guid> DossierIdAsync() => _store.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<Dossier>().Where(d => d.OrderNumber == Order).Select(d => d.Id).SingleAsync());

    private static JsonObject Review(params (string Code, bool Received, bool? Signed)[] documents) => new()
    {
        ["documents"] = new JsonArray(documents.Select(d => (JsonNode)new JsonObject
        {
            ["code"] = d.Code, ["received"] = d.Received, ["forms"] = d.Received ? "both" : null, ["legible"] = d.Received, ["signed"] = d.Signed,
        }).ToArray()),
    };

    [Fact]
    public async Task A_review_must_decide_every_document_of_the_set_in_force_and_the_signature_of_those_that_need_one()
    {
        // An internet sale to a person: solicitud, ci, contrato, croquis and acta-instalacion; three of them need a signature.
        var partial = await CheckTaskAsync("checklist-review", Review(("ci", true, null), ("contrato", true, null), ("solicitud", false, null)));

        Assert.Equal([
            ("documents", "review-decisions-missing"),
            ("documents.acta-instalacion", "review-document-undecided"),
            ("documents.contrato.signed", "review-signature-undecided"),
            ("documents.croquis", "review-document-undecided")], partial);

        Assert.Empty(await CheckTaskAsync("checklist-review", Review(("ci", true, null), ("contrato", true, false), ("solicitud", false, null),
            ("croquis", true, null), ("acta-instalacion", true, true))));
    }

    [Fact]
    public async Task A_correction_may_only_name_what_the_open_return_observed()
    {
        var dossier = await DossierIdAsync();
        await SaveAsync(
            new DossierReturn { DossierId = dossier, Number = 1, AdvisorCode = "arojas", Reason = "Incompleta", Items = "Contrato: sin firma", DueAt = _store.Time.GetUtcNow().AddDays(5) },
            new DossierDocument { DossierId = dossier, Code = "contrato", Name = "Contrato", Required = true, MustBeSigned = true, Received = true, Legible = true, Signed = false },
            new DossierDocument { DossierId = dossier, Code = "ci", Name = "CI", Required = true, Received = true, Legible = true, Signed = true });

        Assert.Equal([("supplied", "correction-item-not-returned")], await CheckTaskAsync("correction", new JsonObject { ["supplied"] = new JsonArray("contrato", "ci") }));
        Assert.Empty(await CheckTaskAsync("correction", new JsonObject { ["supplied"] = new JsonArray("Contrato") }));
        Assert.Empty(await CheckTaskAsync("correction", new JsonObject { ["note"] = "Se llamó al cliente" }));
    }

    [Fact]
    public async Task An_archive_box_must_exist_and_have_room_now()
    {
        Assert.Equal([("boxCode", "archive-box-unknown")], await CheckTaskAsync("archive", new JsonObject { ["boxCode"] = "Z-99" }));
        Assert.Equal([("boxCode", "archive-box-full")], await CheckTaskAsync("archive", new JsonObject { ["boxCode"] = "A-01" }));
        Assert.Empty(await CheckTaskAsync("archive", new JsonObject { ["boxCode"] = "B-01" }));
        // No box chosen: B-01 only takes class 2026/..., and the dossier (not yet classified) is of no class.
        Assert.Equal([("boxCode", "archive-no-room")], await CheckTaskAsync("archive", []));

        await SaveAsync(new ArchiveLocation { Kind = LocationKind.Box, Code = "C-01", Name = "Caja C-01", Path = "Estante C / Caja C-01", Capacity = 5 });
        Assert.Empty(await CheckTaskAsync("archive", []));
    }

    [Fact]
    public async Task A_delivery_names_an_existing_dossier_and_a_file_of_this_request()
    {
        var dossier = await DossierIdAsync();
        var mine = new RetrievalRequest { Number = "SOL-1", RequestedBy = "carla", OrderNumber = "SF-9", Status = RetrievalStatus.Registered };
        var other = new RetrievalRequest { Number = "SOL-2", RequestedBy = "carla", OrderNumber = Order, DossierId = dossier, Status = RetrievalStatus.Registered };
        var othersFile = new Attachment { FileName = "a.pdf", ContentType = "application/pdf", Sha256 = "00", Content = [1], UploadedBy = "gestora", RequestId = other.Id };
        var myFile = new Attachment { FileName = "b.pdf", ContentType = "application/pdf", Sha256 = "01", Content = [1], UploadedBy = "gestora", RequestId = mine.Id };
        await SaveAsync(mine, other, othersFile, myFile);
        var twoCandidates = new JsonObject { ["candidates"] = new JsonArray(new JsonObject(), new JsonObject()) };

        Assert.Equal([("attachmentId", "delivery-file-unknown"), ("dossierOrderNumber", "delivery-dossier-missing")],
            await CheckTaskAsync("deliver-documentation", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan", ["attachmentId"] = othersFile.Id.ToString() },
                twoCandidates, "SOL-1"));
        Assert.Equal([("dossierOrderNumber", "delivery-dossier-unknown")],
            await CheckTaskAsync("deliver-documentation", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy", ["dossierOrderNumber"] = "SF-404" },
                twoCandidates, "SOL-1"));
        Assert.Empty(await CheckTaskAsync("deliver-documentation",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan", ["attachmentId"] = myFile.Id.ToString(), ["dossierOrderNumber"] = Order },
            twoCandidates, "SOL-1"));
        // The request matched one dossier when it was registered: no need to say which.
        Assert.Empty(await CheckTaskAsync("deliver-documentation", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" }, businessKey: "SOL-2"));
    }

    [Fact]
    public async Task A_binder_is_checked_against_the_La_Paz_calendar_the_advisors_and_the_dossiers_already_filed()
    {
        // 02:00 UTC on 2 June is still 1 June in La Paz.
        _store.Time.SetUtcNow(new DateTimeOffset(2027, 6, 2, 2, 0, 0, TimeSpan.Zero));
        Task<IReadOnlyList<(string, string)>> CheckAsync(BatchRequest request) => _store.InScopeAsync<IReadOnlyList<(string, string)>>(async sp =>
            (await sp.GetRequiredService<BinderContract>().CheckAsync(request, CancellationToken.None)).Select(e => (e.Field, e.Code)).Order().ToList());

        Assert.Equal([("deliveredOn", "binder-delivered-in-future")], await CheckAsync(new BatchRequest("arojas", new DateOnly(2027, 6, 2), "A-7", [new BatchEntry("SF-NEW")])));
        Assert.Empty(await CheckAsync(new BatchRequest("arojas", new DateOnly(2027, 6, 1), "A-7", [new BatchEntry("SF-NEW")])));
        Assert.Equal([("advisorCode", "binder-advisor-unknown"), ($"entries.{Order}", "binder-order-filed")],
            await CheckAsync(new BatchRequest("nadie", new DateOnly(2027, 6, 1), "A-7", [new BatchEntry("SF-NEW"), new BatchEntry(Order)])));
    }

    [Fact]
    public async Task A_request_due_today_after_the_working_day_is_refused()
    {
        Task<IReadOnlyList<(string, string)>> CheckAsync(JsonObject data) => _store.InScopeAsync<IReadOnlyList<(string, string)>>(async sp =>
            (await sp.GetRequiredService<RetrievalRequestContract>().CheckAsync(data, CancellationToken.None)).Select(e => (e.Field, e.Code)).Order().ToList());

        // 17:00 in La Paz: today's deadline (18:00) is still ahead.
        _store.Time.SetUtcNow(new DateTimeOffset(2027, 6, 1, 21, 0, 0, TimeSpan.Zero));
        Assert.Empty(await CheckAsync(new JsonObject { ["orderNumber"] = Order, ["dueDate"] = "2027-06-01" }));
        // 19:00 in La Paz: the working day is over.
        _store.Time.SetUtcNow(new DateTimeOffset(2027, 6, 1, 23, 0, 0, TimeSpan.Zero));
        Assert.Equal([("dueDate", "request-due-closed")], await CheckAsync(new JsonObject { ["orderNumber"] = Order, ["dueDate"] = "2027-06-01" }));
    }
}
