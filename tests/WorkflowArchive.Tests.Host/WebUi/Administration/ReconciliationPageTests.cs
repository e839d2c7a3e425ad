using Bunit;
using WorkflowArchive.Tests.Support;
using ReconciliationPage = WorkflowArchive.Host.Components.Pages.Reconciliation;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>The Conciliación page: a period typed day first, the sales without dossier counted per advisor, one advisor's sales opened.</summary>
public sealed class ReconciliationPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static IRenderedComponent<ReconciliationPage> Open(PageHarness pages, string from, string to)
    {
        var page = pages.RenderPage<ReconciliationPage>();
        page.Find("input[data-testid=reconciliation-from]").Change(from);
        page.Find("input[data-testid=reconciliation-to]").Change(to);
        page.Find("button[data-testid=reconciliation-run]").Click();
        return page;
    }

    [Fact]
    public async Task Each_advisor_gets_the_count_of_sales_without_dossier_and_opens_them()
    {
        foreach (var (order, advisor) in new[] { ("SF-2027-000501", "arojas"), ("SF-2027-000502", "arojas"), ("SF-2027-000503", "lfernandez") })
            await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order, advisor));
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = Open(pages, "01/05/2027", "31/05/2027");

        page.WaitForElement("[data-testid=reconciliation-table]");
        Assert.Contains("Del 01/05/2027 al 31/05/2027: 3 ventas en Smartflex, 3 sin expediente.", page.Find("[data-testid=reconciliation-summary]").TextContent);
        var counts = page.FindAll("[data-testid=reconciliation-advisor]").ToDictionary(a => a.GetAttribute("data-code")!,
            a => a.ParentElement!.QuerySelector("[data-testid=reconciliation-count]")!.TextContent.Trim());
        Assert.Equal(new Dictionary<string, string> { ["arojas"] = "2", ["lfernandez"] = "1" }, counts);
        Assert.Contains("Ana Rojas", page.Find("[data-testid=reconciliation-advisor][data-code=arojas]").TextContent);

        page.Find("[data-testid=reconciliation-advisor][data-code=arojas]").ParentElement!.QuerySelector("button[data-testid=reconciliation-expand]")!.Click();
        page.WaitForElement("[data-testid=reconciliation-sale]");
        Assert.Equal(["SF-2027-000501", "SF-2027-000502"], page.FindAll("[data-testid=reconciliation-sale]").Select(s => s.GetAttribute("data-order")));
        var sale = page.Find("[data-testid=reconciliation-sale][data-order=SF-2027-000501]");
        Assert.Contains("28/05/2027", sale.TextContent);
        Assert.Equal("/expedientes/SF-2027-000501", sale.QuerySelector("a")!.GetAttribute("href"));
        ScreenText.AssertReadable(page);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_said_beside_the_last_day()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = Open(pages, "31/05/2027", "01/05/2027");

        page.WaitForAssertion(() => Assert.Equal("El último día no puede ser anterior al primero.",
            page.Find("[data-testid=field-message][data-field=to]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=reconciliation-table]"));
    }
}
