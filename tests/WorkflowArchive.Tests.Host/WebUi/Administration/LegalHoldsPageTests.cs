using System.Net.Http.Json;
using Bunit;
using MudBlazor;
using WorkflowArchive.Tests.Support;
using LegalHoldsPage = WorkflowArchive.Host.Components.Pages.LegalHolds;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>The Retenciones legales page: placing a hold (what is wrong said beside the field), releasing it with a reason, and the released ones on their own.</summary>
public sealed class LegalHoldsPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static AngleSharp.Dom.IElement? Row(IRenderedComponent<LegalHoldsPage> page, string on) =>
        page.FindAll($"[data-testid=hold-row][data-on='{on}']").FirstOrDefault()?.ParentElement;

    private static Task ChooseTargetAsync(IRenderedComponent<LegalHoldsPage> page, LegalHoldsPage.HoldTarget target)
    {
        var select = page.FindComponent<MudSelect<LegalHoldsPage.HoldTarget>>();
        return page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(target));
    }

    [Fact]
    public async Task The_manager_places_a_hold_on_a_box_then_releases_it_with_a_reason_and_finds_it_among_the_released()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var page = pages.RenderPage<LegalHoldsPage>();
        page.WaitForElement("[data-testid=hold-form]");

        // Nothing named, no reason: both said beside their fields.
        page.Find("button[data-testid=hold-place]").Click();
        Assert.Equal("Escriba el número de orden del expediente.", page.Find("[data-testid=field-message][data-field=what]").TextContent);
        Assert.Equal("Escriba el motivo de la retención.", page.Find("[data-testid=field-message][data-field=reason]").TextContent);

        // An order number with no dossier is said beside the order number.
        page.Find("input[data-testid=hold-what]").Change("SF-2027-404404");
        page.Find("input[data-testid=hold-reason]").Change("Proceso judicial 123/2027");
        page.Find("button[data-testid=hold-place]").Click();
        page.WaitForAssertion(() => Assert.Contains("SF-2027-404404", page.Find("[data-testid=field-message][data-field=what]").TextContent));

        await ChooseTargetAsync(page, LegalHoldsPage.HoldTarget.Box);
        page.Find("input[data-testid=hold-what]").Change("A-01");
        page.Find("button[data-testid=hold-place]").Click();
        page.WaitForAssertion(() => Assert.NotNull(Row(page, "A-01")));
        Assert.Contains("Retención puesta sobre la caja A-01.", pages.Messages);
        Assert.Contains("Vigente", Row(page, "A-01")!.TextContent);
        Assert.Equal("/cajas/A-01", Row(page, "A-01")!.QuerySelector("a")!.GetAttribute("href"));

        Row(page, "A-01")!.QuerySelector("button[data-testid=hold-release]")!.Click();
        page.Find("button[data-testid=hold-release-confirm]").Click();
        Assert.Equal("Escriba por qué se levanta la retención.", page.Find("[data-testid=field-message][data-field=release-reason]").TextContent);
        page.Find("input[data-testid=hold-release-reason]").Change("Sentencia ejecutoriada");
        page.Find("button[data-testid=hold-release-confirm]").Click();
        page.WaitForAssertion(() => Assert.Null(Row(page, "A-01")));

        var filter = page.FindComponent<MudSelect<bool?>>();
        await page.InvokeAsync(() => filter.Instance.ValueChanged.InvokeAsync(false));
        page.WaitForAssertion(() => Assert.Contains("Levantada", Row(page, "A-01")!.TextContent));
        Assert.Contains("Sentencia ejecutoriada", Row(page, "A-01")!.TextContent);
        Assert.Empty(page.FindAll("button[data-testid=hold-release]"));
        ScreenText.AssertReadable(page);
    }

    [Fact]
    public async Task A_retention_monitor_reads_the_holds_but_may_not_place_or_release_one()
    {
        (await Client.Http.PostAsJsonAsync("/api/holds", new { boxCode = "A-02", reason = "Auditoría interna" })).EnsureSuccessStatusCode();
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<LegalHoldsPage>();

        page.WaitForAssertion(() => Assert.NotNull(Row(page, "A-02")));
        Assert.Empty(page.FindAll("[data-testid=hold-form]"));
        Assert.Empty(page.FindAll("[data-testid=hold-release]"));
    }
}
