using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Lifecycle;

/// <summary>
/// An order whose Smartflex sale names another advisor than the binder's is held back until it goes to a binder of that
/// advisor or is confirmed with a reason; and a dossier's advisor can be corrected afterwards, its open tasks following it.
/// </summary>
public abstract class AdvisorMismatchTests(DatabaseProvider provider) : HostedTest(provider)
{
    private const string Luis = "SF-2027-000501";
    private const string Ana = "SF-2027-000502";

    [Fact]
    public async Task An_order_of_another_advisor_is_held_back_until_confirmed_with_a_reason_which_is_recorded()
    {
        await SalesAsync();

        var held = await (await RegisterAsync("arojas", new { orderNumber = Ana }, new { orderNumber = Luis })).ProblemAsync(422);
        Assert.Equal("advisor-mismatch", held.Code());
        var detail = held.GetProperty("detail").GetString()!;
        Assert.Contains(Luis, detail);
        Assert.Contains("Luis Fernández", detail);
        Assert.Contains("Ana Rojas", detail);
        Assert.DoesNotContain(Ana, detail);
        Assert.Equal("advisor-mismatch-order", held.GetProperty("errorCodes").GetProperty($"entries.{Luis}")[0].GetString());
        var blank = await (await RegisterAsync("arojas", new { orderNumber = Ana }, new { orderNumber = Luis, advisorMismatchReason = "   " })).ProblemAsync(422);
        Assert.Equal("advisor-mismatch", blank.Code());
        Assert.Equal(0, await CountAsync<Dossier>());

        const string reason = "Luis la vendió en el turno de Ana; la comisión es de Ana";
        var registered = await (await RegisterAsync("arojas", new { orderNumber = Ana }, new { orderNumber = Luis, advisorMismatchReason = reason }))
            .ReadAsync<JsonElement>();

        Assert.Equal(2, registered.GetProperty("dossierCount").GetInt32());
        var dossier = await Archive.DossierAsync(Luis);
        Assert.Equal(("arojas", reason), (dossier.AdvisorCode, dossier.AdvisorReason));
        Assert.Null((await Archive.DossierAsync(Ana)).AdvisorReason);
        var file = await Archive.Http.GetAsync<DossierDetail>($"/api/dossiers/{Luis}");
        Assert.Equal(reason, file.AdvisorReason);
        var line = Assert.Single(file.History, h => h.Action == BatchRegistration.MismatchConfirmedAction);
        Assert.Equal(("gestora", $"Smartflex: Luis Fernández; archivador: Ana Rojas. Motivo: {reason}"), (line.Actor, line.Detail));
        var created = await AuditOfAsync(dossier.Id, "Created");
        Assert.Equal(reason, created.GetProperty(nameof(Dossier.AdvisorReason)).GetProperty("after").GetString());
    }

    [Fact]
    public async Task An_order_moved_to_a_binder_of_its_own_advisor_needs_no_reason_and_one_held_order_holds_the_whole_binder()
    {
        await SalesAsync();

        await (await RegisterAsync("arojas", new { orderNumber = Ana }, new { orderNumber = Luis })).ProblemAsync(422);
        Assert.Equal(0, await CountAsync<Batch>());

        await (await RegisterAsync("arojas", new { orderNumber = Ana })).ReadAsync<JsonElement>();
        await (await RegisterAsync("lfernandez", new { orderNumber = Luis })).ReadAsync<JsonElement>();

        Assert.Equal(("lfernandez", null), ((await Archive.DossierAsync(Luis)).AdvisorCode, (await Archive.DossierAsync(Luis)).AdvisorReason));
        Assert.Equal(2, await CountAsync<Batch>());
    }

    [Theory]
    [InlineData("monitora")]
    [InlineData("luis.fernandez")]
    public async Task Only_those_who_run_the_archive_register_or_confirm_a_binder(string actor)
    {
        await SalesAsync();

        await (await RegisterAsync("arojas", actor, new { orderNumber = Luis, advisorMismatchReason = "Lo confirmo yo" })).ProblemAsync(403);

        Assert.Equal(0, await CountAsync<Dossier>());
    }

    [Fact]
    public async Task Correcting_a_dossiers_advisor_is_audited_and_moves_its_open_task_to_the_new_advisor()
    {
        await SalesAsync();
        await Archive.RegisterBatchAsync("arojas", Ana);
        await Client.WorkAsync(LifecycleHost.Manager, Ana, "Task_ReviewChecklist", "gestora", await Archive.ReviewAsync(Ana, "contrato"));
        var task = await Client.OpenTaskAsync(LifecycleHost.Advisor, Ana, "Task_CorrectDocumentation");
        await (await Archive.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/claim", null, "ana.rojas")).ReadAsync<JsonElement>();
        Assert.Contains(task.Id, await InboxAsync("ana.rojas"));
        Assert.DoesNotContain(task.Id, await InboxAsync("luis.fernandez"));

        const string reason = "La venta la hizo Luis; Smartflex lo confirma";
        foreach (var advisor in new[] { "luis.fernandez", "ana.rojas" })
            await (await CorrectAsync(advisor, "lfernandez", reason)).ProblemAsync(403);
        var noReason = await (await CorrectAsync("gestora", "lfernandez", "  ")).ProblemAsync(422);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var same = await (await CorrectAsync("gestora", "arojas", reason)).ProblemAsync(422);
        Assert.True(same.GetProperty("errors").TryGetProperty("advisorCode", out _));
        var unknown = await (await CorrectAsync("gestora", "nadie", reason)).ProblemAsync(422);
        Assert.Equal("advisor-not-registered", unknown.GetProperty("errorCodes").GetProperty("advisorCode")[0].GetString());
        Assert.Equal("arojas", (await Archive.DossierAsync(Ana)).AdvisorCode);

        var corrected = await (await CorrectAsync("gestora", "lfernandez", reason)).ReadAsync<AdvisorCorrectionView>();

        Assert.Equal(("arojas", "lfernandez", reason), (corrected.FromAdvisor, corrected.ToAdvisor, corrected.Reason));
        Assert.Equal([task.Id], corrected.MovedTasks);
        var dossier = await Archive.DossierAsync(Ana);
        Assert.Equal(("lfernandez", Domain.Advisors.AdvisorChannel.Zonal, reason), (dossier.AdvisorCode, dossier.Channel, dossier.AdvisorReason));
        Assert.DoesNotContain(task.Id, await InboxAsync("ana.rojas"));
        Assert.Contains(task.Id, await InboxAsync("luis.fernandez"));
        var moved = await (await Archive.Http.GetAsync($"/api/tasks/{task.Id}", "luis.fernandez")).ReadAsync<TaskView>();
        Assert.Equal(("luis.fernandez", "Claimed"), (moved.Assignee, moved.Status));
        var audit = await AuditOfAsync(dossier.Id, "Modified");
        Assert.Equal(("arojas", "lfernandez"),
            (audit.GetProperty("AdvisorCode").GetProperty("before").GetString(), audit.GetProperty("AdvisorCode").GetProperty("after").GetString()));
        Assert.Equal(reason, audit.GetProperty("AdvisorReason").GetProperty("after").GetString());
        var journal = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<JournalEntry>().AsNoTracking()
            .Where(j => j.InstanceId == task.InstanceId && j.Action == JournalAction.TaskReassigned).ToListAsync());
        Assert.Equal("gestora", Assert.Single(journal).Actor);

        // The new advisor works on it; the old one no longer can.
        var complete = new { variables = new { supplied = new[] { "contrato" }, note = "Contrato firmado" } };
        await (await Archive.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", complete, "ana.rojas")).ProblemAsync(403);
        await (await Archive.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", complete, "luis.fernandez")).ReadAsync<JsonElement>();
    }

    private async Task SalesAsync()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Luis, "lfernandez"));
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Ana, "arojas"));
    }

    private Task<HttpResponseMessage> RegisterAsync(string advisor, params object[] entries) => RegisterAsync(advisor, "gestora", entries);

    private Task<HttpResponseMessage> RegisterAsync(string advisor, string actor, params object[] entries) =>
        Archive.Http.PostAsJsonAsync("/api/batches", new { advisorCode = advisor, deliveredOn = "2027-06-01", binderNumber = "Archivador 21", entries }, actor);

    private Task<HttpResponseMessage> CorrectAsync(string actor, string advisor, string reason) =>
        Archive.Http.PostAsJsonAsync($"/api/dossiers/{Ana}/advisor", new { advisorCode = advisor, reason }, actor);

    private async Task<List<Guid>> InboxAsync(string actor) =>
        (await (await Archive.Http.GetAsync("/api/tasks", actor)).ReadAsync<PagedList<TaskView>>()).Items.Select(t => t.Id).ToList();

    private Task<int> CountAsync<T>() where T : class =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<T>().CountAsync());

    private async Task<JsonElement> AuditOfAsync(Guid dossierId, string action)
    {
        var json = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ObjectType == nameof(Dossier) && a.ObjectId == dossierId.ToString() && a.Action == action)
            .OrderByDescending(a => a.Id).Select(a => a.ChangesJson).FirstAsync());
        return JsonDocument.Parse(json).RootElement;
    }
}

public sealed class SqliteAdvisorMismatchTests() : AdvisorMismatchTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresAdvisorMismatchTests() : AdvisorMismatchTests(DatabaseProvider.Postgres);
