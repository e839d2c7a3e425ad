using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Api;

/// <summary>
/// Each form's contract at <c>POST /api/tasks/{id}/complete</c>, and the binder's and the request's at registration:
/// bad input answers 422 with the field in <c>errors</c> and <c>errorCodes</c>, and nothing moves; good input moves on.
/// </summary>
public abstract class TaskContractApiTests(DatabaseProvider provider) : HostedTest(provider)
{
    private const string Order = "SF-2027-000411";

    private async Task<TaskView> ReviewTaskAsync()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));
        await Archive.RegisterBatchAsync("arojas", Order);
        return await Client.OpenTaskAsync(ManagerRole, Order, "Task_ReviewChecklist");
    }

    private async Task<TaskView> ClaimAsync(TaskView task, string user)
    {
        await (await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/claim", null, user)).ReadAsync<TaskView>();
        return await Client.OpenTaskAsync(task.CandidateRole!, task.BusinessKey, task.ElementId);
    }

    /// <summary>Completes with a refused output: 422 naming the field and code, and the task, the variables and the journal as they were.</summary>
    private async Task AssertRefusedAsync(TaskView task, string user, JsonObject output, string field, string code)
    {
        var before = await Client.InstanceAsync(task.InstanceId);

        var problem = await (await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = output }, user)).ProblemAsync(422);

        Assert.Equal("invalid-input", problem.GetProperty("code").GetString());
        Assert.Contains(code, problem.GetProperty("errorCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString()));
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        var after = await Client.InstanceAsync(task.InstanceId);
        var (was, now) = (before.Tasks.Single(t => t.Id == task.Id), after.Tasks.Single(t => t.Id == task.Id));
        Assert.Equal((was.Status, was.Assignee), (now.Status, now.Assignee));
        Assert.Equal(before.Journal.Select(j => j.Id), after.Journal.Select(j => j.Id));
        Assert.Equal(before.Variables.ToJsonString(), after.Variables.ToJsonString());
        Assert.Equal(before.Instance.Status, after.Instance.Status);
    }

    private Task<InstanceSummary> CompleteAsync(TaskView task, string user, JsonObject output) =>
        Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = output }, user).ReadAsyncFrom<InstanceSummary>();

    [Fact]
    public async Task An_administrator_releases_a_task_someone_else_claimed_and_another_manager_cannot()
    {
        var task = await ClaimAsync(await ReviewTaskAsync(), "gestora");

        var byColleague = await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/release", null, "gestor2");
        var byAdministrator = await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/release", null, "admin");

        Assert.Equal("task-release-not-assignee", (await byColleague.ProblemAsync(409)).Code());
        var released = await byAdministrator.ReadAsync<TaskView>();
        Assert.Null(released.Assignee);
    }

    [Fact]
    public async Task A_review_that_leaves_documents_undecided_is_refused_and_a_decided_one_moves_on()
    {
        var review = await ClaimAsync(await ReviewTaskAsync(), "gestora");
        Assert.Equal(("Claimed", "gestora"), (review.Status, review.Assignee));

        await AssertRefusedAsync(review, "gestora", new JsonObject
        {
            ["documents"] = new JsonArray(new JsonObject { ["code"] = "contrato", ["received"] = true, ["forms"] = "both", ["legible"] = true }),
        }, "documents", "review-decisions-missing");
        await AssertRefusedAsync(review, "gestora", new JsonObject(), "documents", "field-required");

        await CompleteAsync(review, "gestora", Review());
        Assert.Equal("Archivar en ubicación asignada (9)", (await Client.OpenTaskAsync(ManagerRole, Order, "Task_Archive")).Name);
    }

    [Fact]
    public async Task A_correction_that_says_nothing_or_names_what_was_not_returned_is_refused()
    {
        await CompleteAsync(await ReviewTaskAsync(), "gestora", Review(unsignedContract: true));
        var correction = await Client.OpenTaskAsync(AdvisorRole, Order, "Task_CorrectDocumentation");
        Assert.Equal(("Open", null), (correction.Status, correction.Assignee));

        await AssertRefusedAsync(correction, "ana.rojas", new JsonObject(), "supplied", "correction-empty");
        await AssertRefusedAsync(correction, "ana.rojas", new JsonObject { ["supplied"] = new JsonArray("ci") }, "supplied", "correction-item-not-returned");

        await CompleteAsync(correction, "ana.rojas", Correction("contrato"));
        Assert.Equal("Open", (await Client.OpenTaskAsync(ManagerRole, Order, "Task_ReviewChecklist")).Status);
    }

    [Fact]
    public async Task An_archive_into_a_full_box_is_refused_before_the_move_and_one_with_room_files_the_dossier()
    {
        await CompleteAsync(await ReviewTaskAsync(), "gestora", Review());
        var archive = await ClaimAsync(await Client.OpenTaskAsync(ManagerRole, Order, "Task_Archive"), "gestora");
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var box = await db.Set<ArchiveLocation>().SingleAsync(l => l.Code == "A-01");
            box.Filled = box.Capacity!.Value;
            return await db.SaveChangesAsync();
        });

        await AssertRefusedAsync(archive, "gestora", new JsonObject { ["boxCode"] = "A-01" }, "boxCode", "archive-box-full");
        await AssertRefusedAsync(archive, "gestora", new JsonObject { ["boxCode"] = "Z-99" }, "boxCode", "archive-box-unknown");

        await CompleteAsync(archive, "gestora", new JsonObject { ["boxCode"] = "A-02" });
        var dossier = await Archive.DossierAsync(Order);
        Assert.Equal((DossierStatus.Archived, "Archivo de la División / Estante A / Caja A-02 / Posición 1"), (dossier.Status, dossier.Location));
    }

    [Fact]
    public async Task A_scan_delivery_without_its_file_is_refused_and_a_photocopy_is_recorded()
    {
        await ReviewTaskAsync();
        var created = await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Order, reason = "Reclamo ATT" }, "carla")
            .ReadAsyncFrom<JsonElement>();
        var number = created.GetProperty("number").GetString()!;
        var delivery = await Client.OpenTaskAsync(ManagerRole, number, "Task_LocateAndDeliver");

        await AssertRefusedAsync(delivery, "gestora", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan" }, "attachmentId", "delivery-file-missing");
        await AssertRefusedAsync(delivery, "gestora", new JsonObject { ["outcome"] = "recoverd" }, "outcome", "field-not-allowed");
        await AssertRefusedAsync(delivery, "gestora", new JsonObject
        {
            ["outcome"] = "recovered", ["deliveryMethod"] = "scan", ["attachmentId"] = Guid.NewGuid().ToString(),
        }, "attachmentId", "delivery-file-unknown");

        Assert.Equal("Completed", (await CompleteAsync(delivery, "gestora", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" })).Status);
        var request = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<RetrievalRequest>().AsNoTracking().SingleAsync());
        Assert.Equal((RetrievalStatus.Recovered, "photocopy"), (request.Status, request.DeliveryMethod));
    }

    [Fact]
    public async Task A_reception_without_its_receipt_number_is_refused_and_with_it_the_procedure_ends()
    {
        await CompleteAsync(await ReviewTaskAsync(), "gestora", Review());
        await CompleteAsync(await Client.OpenTaskAsync(ManagerRole, Order, "Task_Archive"), "gestora", new JsonObject { ["boxCode"] = "A-02" });
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        Assert.Equal(1, await Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().FireDueTimersAsync(CancellationToken.None)));
        var reception = await ClaimAsync(await Client.OpenTaskAsync(ManagerRole, Order, "Task_ConfirmReception"), "gestora");

        await AssertRefusedAsync(reception, "gestora", new JsonObject(), "receiptNumber", "field-required");
        await AssertRefusedAsync(reception, "gestora", new JsonObject { ["receiptNumber"] = "ADM-1", ["custody"] = "otra" }, "custody", "field-unknown");

        Assert.Equal("Completed", (await CompleteAsync(reception, "gestora", new JsonObject { ["receiptNumber"] = "ADM-ARC-2029-0042" })).Status);
        Assert.Equal(DossierStatus.Transferred, (await Archive.DossierAsync(Order)).Status);
    }

    [Fact]
    public async Task A_request_due_in_the_past_answers_422_and_leaves_no_request_and_no_instance()
    {
        var problem = await (await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Order, dueDate = "2027-05-31" }, "carla")).ProblemAsync(422);

        Assert.Equal("request-due-in-past", problem.GetProperty("errorCodes").GetProperty("dueDate")[0].GetString());
        Assert.Equal("La fecha límite 31/05/2027 ya pasó.", problem.GetProperty("errors").GetProperty("dueDate")[0].GetString());
        Assert.Equal((0, 0), await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            return (await db.Set<RetrievalRequest>().CountAsync(), await db.Set<WorkflowInstance>().CountAsync());
        }));
    }

    [Fact]
    public async Task A_binder_delivered_tomorrow_answers_422_and_registers_nothing()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));

        var problem = await (await Client.Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = "arojas", deliveredOn = "2027-06-02", binderNumber = "Archivador 9", entries = new[] { new { orderNumber = Order } },
        }, "gestora")).ProblemAsync(422);

        Assert.Equal("binder-delivered-in-future", problem.GetProperty("errorCodes").GetProperty("deliveredOn")[0].GetString());
        Assert.Equal((0, 0, 0), await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            return (await db.Set<Batch>().CountAsync(), await db.Set<Dossier>().CountAsync(), await db.Set<WorkflowInstance>().CountAsync());
        }));
    }
}

public sealed class SqliteTaskContractApiTests() : TaskContractApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresTaskContractApiTests() : TaskContractApiTests(DatabaseProvider.Postgres);
