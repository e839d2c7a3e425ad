using System.Text.Json.Nodes;
using System.Text.Json;
using Bunit;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Host.Components.Layout;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using ChecklistReviewForm = WorkflowArchive.Host.Components.Tasks.ChecklistReviewForm;
using CorrectionForm = WorkflowArchive.Host.Components.Tasks.CorrectionForm;
using InboxPage = WorkflowArchive.Host.Components.Pages.Inbox;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The inbox (with the live notifications that toast) and the review form, over a host where Ana's binder was just registered.</summary>
public sealed class TaskPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private const string Order = "SF-2027-000801";

    private Task<Host.Application.TaskView> ReviewTaskAsync(string order = Order) => Archive.ReviewWaitingAsync(order);

    private static void Decide(IRenderedComponent<ChecklistReviewForm> form, string code, string verdict, string? forms = "both")
    {
        InputOf(form, $"[data-testid=review-line][data-code={code}] [data-testid=verdict-{verdict}]").Click();
        if (forms is not null) InputOf(form, $"[data-testid=review-line][data-code={code}] [data-testid=forms-{forms}]").Click();
    }

    /// <summary>The input a MudBlazor check box or radio renders for the element carrying the test id (the element itself or one inside it).</summary>
    private static AngleSharp.Dom.IElement InputOf<T>(IRenderedComponent<T> form, string selector) where T : Microsoft.AspNetCore.Components.IComponent
    {
        var element = form.Find(selector);
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException(element.OuterHtml);
    }

    [Fact]
    public async Task The_review_opens_with_nothing_decided_and_the_submit_disabled_saying_why()
    {
        var task = await ReviewTaskAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var form = pages.RenderPage<ChecklistReviewForm>(p => p.Add(f => f.Task, task).Add(f => f.CanAct, true));
        form.WaitForElement("[data-testid=review-line][data-code=contrato]");

        Assert.Equal(5, form.FindAll("[data-testid=review-line]").Count);
        Assert.All(form.FindAll("[data-testid=review-line]"), line => Assert.Equal("false", line.GetAttribute("data-decided")));
        Assert.Empty(form.FindAll("[data-testid=review-table] input:checked"));
        Assert.True(form.Find("[data-testid=complete-task]").HasAttribute("disabled"));
        Assert.Equal("Faltan 5 decisiones.", form.Find("[data-testid=submit-reason]").TextContent.Trim());
        Assert.Equal("Faltan 5 decisiones.", form.Find("[data-testid=review-outcome]").TextContent.Trim());

        foreach (var code in new[] { "ci", "contrato", "croquis", "solicitud" }) Decide(form, code, "correct");
        form.WaitForAssertion(() => Assert.Equal("Falta 1 decisión.", form.Find("[data-testid=submit-reason]").TextContent.Trim()));
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
        foreach (var code in new[] { "acta-instalacion", "ci", "croquis", "solicitud" }) Decide(form, code, "correct");
        Decide(form, "contrato", "unsigned");

        form.WaitForAssertion(() => Assert.Contains("sin firma", form.Find("[data-testid=review-outcome]").TextContent));
        Assert.False(form.Find("[data-testid=complete-task]").HasAttribute("disabled"));
        form.Find("[data-testid=complete-task]").Click();

        Assert.NotNull(sent);
        var documents = sent!["documents"]!.AsArray().Select(d => d!.AsObject()).ToDictionary(d => d["code"]!.GetValue<string>());
        Assert.Equal(5, documents.Count);
        Assert.False(documents["contrato"]["signed"]!.GetValue<bool>());
        Assert.All(documents.Values.Where(d => d["code"]!.GetValue<string>() != "contrato"), d => Assert.True(d["signed"]!.GetValue<bool>()));
        Assert.All(documents.Values, d => Assert.True(d["received"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_re_review_shows_the_last_review_as_a_hint_but_asks_again_and_the_correction_starts_unticked()
    {
        var task = await ReviewTaskAsync();
        await Client.WorkAsync(LifecycleHost.Manager, Order, "Task_ReviewChecklist", "gestora", ProcedureInputs.Review(unsignedContract: true));
        var correctionTask = await Client.OpenTaskAsync(LifecycleHost.Advisor, Order, "Task_CorrectDocumentation");

        await using (var advisor = await PageHarness.SignInAsync(Factory, "ana.rojas"))
        {
            JsonObject? corrected = null;
            var correction = advisor.RenderPage<CorrectionForm>(p => p
                .Add(f => f.Task, correctionTask).Add(f => f.CanAct, true).Add(f => f.OnComplete, (JsonObject output) => corrected = output));
            correction.WaitForElement("[data-testid=supplied-item]");
            Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)InputOf(correction, "[data-testid=supplied-item]")).IsChecked);
            Assert.True(correction.Find("[data-testid=complete-task]").HasAttribute("disabled"));
            Assert.Equal("Documentos aportados: Marque al menos un documento aportado o escriba qué hizo.",
                correction.Find("[data-testid=submit-reason]").TextContent.Trim());

            InputOf(correction, "[data-testid=supplied-item]").Change(true);
            correction.Find("[data-testid=complete-task]").Click();
            Assert.Equal(["contrato"], corrected![CorrectionContract.Supplied]!.AsArray().Select(c => c!.GetValue<string>()));
        }

        await Client.WorkAsync(LifecycleHost.Advisor, Order, "Task_CorrectDocumentation", "ana.rojas", ProcedureInputs.Correction("contrato"));
        var second = await Client.OpenTaskAsync(LifecycleHost.Manager, Order, "Task_ReviewChecklist");
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var form = pages.RenderPage<ChecklistReviewForm>(p => p.Add(f => f.Task, second).Add(f => f.CanAct, true));
        form.WaitForElement("[data-testid=review-line][data-code=contrato]");

        Assert.Contains("Última revisión: Correcto", form.Find("[data-testid=review-line][data-code=contrato] [data-testid=last-review]").TextContent);
        Assert.All(form.FindAll("[data-testid=review-line]"), line => Assert.Equal("false", line.GetAttribute("data-decided")));
        Assert.Equal("Faltan 5 decisiones.", form.Find("[data-testid=submit-reason]").TextContent.Trim());
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
