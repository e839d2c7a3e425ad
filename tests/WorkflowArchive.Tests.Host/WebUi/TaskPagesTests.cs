using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using WorkflowArchive.Host.Components.Layout;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using ChecklistReviewForm = WorkflowArchive.Host.Components.Tasks.ChecklistReviewForm;
using InboxPage = WorkflowArchive.Host.Components.Pages.Inbox;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The inbox (with the live notifications that toast) and the review form, over a host where Ana's binder was just registered.</summary>
public sealed class TaskPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private const string Order = "SF-2027-000801";

    private async Task<Host.Api.TaskView> ReviewTaskAsync(string order = Order)
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", order);
        return await Client.OpenTaskAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist");
    }

    [Fact]
    public async Task The_review_form_marks_an_unsigned_contract_and_sends_what_the_manager_saw()
    {
        var task = await ReviewTaskAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        JsonObject? sent = null;

        var form = pages.RenderPage<ChecklistReviewForm>(p => p
            .Add(f => f.Task, task).Add(f => f.CanAct, true).Add(f => f.OnComplete, (JsonObject output) => sent = output));
        form.WaitForElement("[data-testid=review-line][data-code=contrato]");
        Assert.Contains("Documentación completa", form.Find("[data-testid=review-outcome]").TextContent);

        form.FindAll("[data-testid=review-line][data-code=contrato] input[type=checkbox]")[2].Change(false);
        form.WaitForAssertion(() => Assert.Contains("sin firma", form.Find("[data-testid=review-outcome]").TextContent));
        form.Find("[data-testid=complete-task]").Click();

        Assert.NotNull(sent);
        var documents = sent!["documents"]!.AsArray().Select(d => d!.AsObject()).ToDictionary(d => d["code"]!.GetValue<string>());
        Assert.False(documents["contrato"]["signed"]!.GetValue<bool>());
        Assert.All(documents.Values.Where(d => d["code"]!.GetValue<string>() != "contrato"), d => Assert.True(d["signed"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_inbox_reloads_and_toasts_when_the_hub_announces_a_new_task()
    {
        await ReviewTaskAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var inbox = pages.RenderPage<InboxPage>();
        pages.Render<LiveNotifications>();
        inbox.WaitForAssertion(() => Assert.Single(inbox.FindAll("[data-testid=task-business-key]")));

        var second = await ReviewTaskAsync("SF-2027-000802");
        var announcement = JsonSerializer.SerializeToElement(new TaskNotification(second.Id, second.InstanceId, second.BusinessKey,
            second.ElementId, second.Name, second.CandidateRole, null, null), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await inbox.InvokeAsync(() => pages.Services.GetRequiredService<TaskFeed>().Receive("TaskCreated", announcement));

        inbox.WaitForAssertion(() => Assert.Equal(["SF-2027-000801", "SF-2027-000802"],
            inbox.FindAll("[data-testid=task-business-key]").Select(c => c.TextContent.Trim()).Order()));
        Assert.Contains(pages.Messages, m => m.Contains("Nueva tarea") && m.Contains("SF-2027-000802"));
        Assert.Equal(2, pages.Services.GetRequiredService<TaskFeed>().OpenTaskCount);
    }
}
