using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using WorkflowArchive.Tests.Support;
using ChecklistReviewForm = WorkflowArchive.Host.Components.Tasks.ChecklistReviewForm;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>What a person marked in a task form is kept in their browser as they go, and comes back when the form opens again.</summary>
public sealed class TaskDraftTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private const string Order = "SF-2027-000811";

    private async Task<Host.Application.TaskView> ReviewTaskAsync()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));
        await Archive.RegisterBatchAsync("arojas", Order);
        return await Client.OpenTaskAsync(LifecycleHost.Manager, Order, "Task_ReviewChecklist");
    }

    /// <summary>The radio input of a decision (MudBlazor puts the test id on the input or on an element around it).</summary>
    private static AngleSharp.Dom.IElement Verdict(IRenderedComponent<ChecklistReviewForm> form, string code, string verdict)
    {
        var element = form.Find($"[data-testid=review-line][data-code={code}] [data-testid=verdict-{verdict}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private static string DraftKey(Host.Application.TaskView task) => $"workflowarchive.draft.gestora.{task.Id:N}";

    [Fact]
    public async Task Each_decision_is_kept_in_the_browser_as_it_is_made()
    {
        var task = await ReviewTaskAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var form = pages.RenderPage<ChecklistReviewForm>(p => p.Add(f => f.Task, task).Add(f => f.CanAct, true));
        form.WaitForElement("[data-testid=review-line][data-code=contrato]");

        Verdict(form, "contrato", "unsigned").Click();

        form.WaitForAssertion(() => Assert.Single(pages.JSInterop.Invocations, i =>
            i.Identifier == "localStorage.setItem" && (string?)i.Arguments[0] == DraftKey(task)));
        var kept = JsonNode.Parse((string)pages.JSInterop.Invocations.Last(i => i.Identifier == "localStorage.setItem").Arguments[1]!)!;
        var contrato = kept["draft"]!["documents"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == "contrato")!;
        Assert.True(contrato["received"]!.GetValue<bool>());
        Assert.False(contrato["signed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_kept_draft_puts_the_decisions_back_and_says_so()
    {
        var task = await ReviewTaskAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var draft = new JsonObject
        {
            ["draft"] = new JsonObject
            {
                ["documents"] = new JsonArray(
                    new JsonObject { ["code"] = "contrato", ["received"] = true, ["forms"] = "both", ["legible"] = true, ["signed"] = false, ["note"] = "falta firma del cliente" },
                    new JsonObject { ["code"] = "ci", ["received"] = true, ["forms"] = "copy", ["legible"] = true, ["signed"] = true },
                    new JsonObject { ["code"] = "croquis" }),
            },
            ["savedAt"] = "2027-06-01T15:30:00+00:00",
        };
        pages.JSInterop.Setup<string?>("localStorage.getItem", DraftKey(task)).SetResult(draft.ToJsonString());

        var form = pages.RenderPage<ChecklistReviewForm>(p => p.Add(f => f.Task, task).Add(f => f.CanAct, true));

        form.WaitForAssertion(() => Assert.Equal("true", form.Find("[data-testid=review-line][data-code=contrato]").GetAttribute("data-decided")));
        Assert.Equal("true", form.Find("[data-testid=review-line][data-code=ci]").GetAttribute("data-decided"));
        Assert.Equal("false", form.Find("[data-testid=review-line][data-code=croquis]").GetAttribute("data-decided"));
        Assert.True(Verdict(form, "contrato", "unsigned").HasAttribute("checked"));
        Assert.Equal("Faltan 3 decisiones.", form.Find("[data-testid=submit-reason]").TextContent.Trim());
        // 15:30 UTC is 11:30 in La Paz.
        Assert.Contains(pages.Messages, m => m.StartsWith("Se recuperó lo que había marcado") && m.Contains("01/06/2027 11:30"));
    }
}
