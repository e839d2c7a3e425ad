using System.Text.Json.Nodes;
using Bunit;
using WorkflowArchive.Tests.Support;
using ChecklistReviewForm = WorkflowArchive.Host.Components.Tasks.ChecklistReviewForm;
using DeliverDocumentationForm = WorkflowArchive.Host.Components.Tasks.DeliverDocumentationForm;
using DossierPage = WorkflowArchive.Host.Components.Pages.DossierPage;
using InboxPage = WorkflowArchive.Host.Components.Pages.Inbox;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The review's original/copia choices, the delivery form's loan with its due-back date, and a lent original on the dossier page and the inbox.</summary>
public sealed class OriginalsAndCopiesPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private const string Order = "SF-2027-000950";

    private static AngleSharp.Dom.IElement InputOf<T>(IRenderedComponent<T> form, string selector) where T : Microsoft.AspNetCore.Components.IComponent
    {
        var element = form.Find(selector);
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException(element.OuterHtml);
    }

    [Fact]
    public async Task The_review_asks_which_forms_arrived_with_nothing_chosen_and_a_copy_alone_of_the_contract_returns_it()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));
        await Archive.RegisterBatchAsync("arojas", Order);
        var task = await Client.OpenTaskAsync(LifecycleHost.Manager, Order, "Task_ReviewChecklist");
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var form = pages.RenderPage<ChecklistReviewForm>(p => p.Add(f => f.Task, task).Add(f => f.CanAct, true));
        form.WaitForElement("[data-testid=review-line][data-code=contrato]");
        const string contract = "[data-testid=review-line][data-code=contrato]";

        Assert.Contains("Se conserva: Original y copia", form.Find($"{contract} [data-testid=keeps]").TextContent);
        Assert.Contains("Se conserva: Copia", form.Find("[data-testid=review-line][data-code=ci] [data-testid=keeps]").TextContent);
        Assert.Empty(form.FindAll("[data-testid=forms-choice]"));

        InputOf(form, $"{contract} [data-testid=verdict-correct]").Click();

        form.WaitForElement($"{contract} [data-testid=forms-choice]");
        Assert.Equal(["Original", "Copia", "Original y copia"], form.FindAll($"{contract} [data-testid=forms-choice] .mud-radio").Select(r => r.TextContent.Trim()));
        Assert.Empty(form.FindAll($"{contract} [data-testid=forms-choice] input:checked"));
        Assert.Equal("false", form.Find(contract).GetAttribute("data-decided"));
        Assert.Equal("Faltan 5 decisiones.", form.Find("[data-testid=submit-reason]").TextContent.Trim());

        InputOf(form, $"{contract} [data-testid=forms-copy]").Click();
        foreach (var code in new[] { "acta-instalacion", "ci", "croquis", "solicitud" })
        {
            InputOf(form, $"[data-testid=review-line][data-code={code}] [data-testid=verdict-correct]").Click();
            InputOf(form, $"[data-testid=review-line][data-code={code}] [data-testid=forms-both]").Click();
        }

        form.WaitForAssertion(() => Assert.Contains("Contrato de servicio firmado: falta el original", form.Find("[data-testid=review-outcome]").TextContent));
    }

    [Fact]
    public async Task The_delivery_offers_scan_photocopy_or_the_original_on_loan_and_a_loan_waits_for_its_due_back_date()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));
        var requestNumber = await RequestAsync();
        var task = await Client.OpenTaskAsync(LifecycleHost.Manager, requestNumber, "Task_LocateAndDeliver");
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var form = pages.RenderPage<DeliverDocumentationForm>(p => p.Add(f => f.Task, task).Add(f => f.CanAct, true));

        InputOf(form, "[data-testid=outcome-recovered]").Click();

        form.WaitForElement("[data-testid=method-original-loan]");
        foreach (var method in new[] { "scan", "photocopy", "original-loan" })
            Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)InputOf(form, $"[data-testid=method-{method}]")).IsChecked);
        Assert.Contains("Original en préstamo", form.Find("[data-testid=method-original-loan]").ParentElement!.ParentElement!.TextContent);
        Assert.Empty(form.FindAll("[data-testid=loan-details]"));

        InputOf(form, "[data-testid=method-original-loan]").Click();

        form.WaitForElement("[data-testid=loan-details]");
        Assert.True(form.Find("[data-testid=complete-task]").HasAttribute("disabled"));
        Assert.Equal("Fecha de devolución del original: Indique hasta cuándo se presta el original.", form.Find("[data-testid=submit-reason]").TextContent.Trim());
    }

    [Fact]
    public async Task A_lent_original_shows_on_the_dossier_page_and_in_the_inbox_until_marked_returned()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order));
        var loanRequest = await RequestAsync();
        await Client.WorkAsync(LifecycleHost.Manager, loanRequest, "Task_LocateAndDeliver", "gestora", new JsonObject
        {
            ["outcome"] = "recovered", ["deliveryMethod"] = "original-loan", ["dueBackOn"] = "2027-07-15",
        });
        await using (var manager = await PageHarness.SignInAsync(Factory, "gestora"))
        {
            var inbox = manager.RenderPage<InboxPage>();
            inbox.WaitForAssertion(() => Assert.Contains(Order, inbox.Find("[data-testid=originals-out]").TextContent));
        }
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = pages.RenderPage<DossierPage>(p => p.Add(f => f.OrderNumber, Order));
        page.WaitForElement("[data-testid=original-out]");
        var notice = page.Find("[data-testid=original-out]").TextContent;
        Assert.Contains($"Original prestado a carla (Asesoría Legal) con la solicitud {loanRequest}", notice);
        Assert.Contains("devolución prevista el 15/07/2027", notice);
        Assert.Contains("Original y copia", page.Find("[data-testid=dossier-document][data-code=contrato] [data-testid=document-forms]").TextContent);

        page.Find("[data-testid=original-returned]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=original-out]")));
        Assert.Contains(pages.Messages, m => m.Contains("devuelto"));
    }

    /// <summary>Registers carla's request for the dossier; answers the number the service gave it.</summary>
    private async Task<string> RequestAsync() =>
        (await (await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Order, requestingUnit = "Asesoría Legal", reason = "Auditoría" }, "carla"))
            .ReadAsync<System.Text.Json.JsonElement>()).GetProperty("number").GetString()!;
}
