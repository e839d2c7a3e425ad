using Bunit;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Tests.Support;
using ManifestDetailPage = WorkflowArchive.Host.Components.Pages.ManifestDetail;
using ManifestsPage = WorkflowArchive.Host.Components.Pages.Manifests;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The Remisiones pages over a box whose two dossiers finished their retention and travel on one remisión.</summary>
public sealed class ManifestPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static readonly string[] Orders = ["SF-2027-000700", "SF-2027-000701"];

    private async Task<ManifestSummary> RemisionAsync()
    {
        foreach (var order in Orders) await Archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        await Archive.FireDueTimersAsync();
        return Assert.Single(await Factory.InScopeAsync(sp => sp.GetRequiredService<ManifestQueries>().ListAsync(null)));
    }

    private static IRenderedComponent<ManifestDetailPage> Detail(PageHarness pages, ManifestSummary manifest)
    {
        var page = pages.RenderPage<ManifestDetailPage>(p => p.Add(d => d.Number, manifest.Number));
        page.WaitForElement("[data-testid=manifest-dossier-link]");
        return page;
    }

    [Fact]
    public async Task The_list_shows_each_remision_with_its_box_count_and_state_and_links_to_it()
    {
        var manifest = await RemisionAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<ManifestsPage>();

        var link = page.WaitForElement("[data-testid=manifest-link]");
        Assert.Equal((manifest.Number, $"/remisiones/{manifest.Number}"), (link.TextContent, link.GetAttribute("href")));
        Assert.Equal("2", page.Find("[data-testid=manifest-dossier-count]").TextContent.Trim());
        Assert.Contains("Preparada", page.Find("[data-testid=manifest-status]").TextContent);
        Assert.Contains(manifest.BoxPath, page.Find("[data-testid=manifests-table]").TextContent);
    }

    [Fact]
    public async Task The_detail_lists_the_dossiers_but_only_archive_staff_may_confirm_the_reception()
    {
        var manifest = await RemisionAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = Detail(pages, manifest);

        Assert.Equal(Orders.Select(o => $"/expedientes/{o}"), page.FindAll("[data-testid=manifest-dossier-link]").Select(a => a.GetAttribute("href")));
        Assert.All(page.FindAll("[data-testid=dossier-status]"), chip => Assert.Equal("En remisión", chip.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=confirm-reception]"));
        Assert.Equal($"/api/manifests/{manifest.Number}/document.pdf", page.Find("[data-testid=print-manifest]").GetAttribute("href"));
        Assert.Equal($"/api/manifests/{manifest.Number}/dossiers.xlsx", page.Find("[data-testid=export-manifest]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_document_manager_sends_the_remision_then_confirms_the_reception_with_condebambas_receipt_number()
    {
        var manifest = await RemisionAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var page = Detail(pages, manifest);
        Assert.Empty(page.FindAll("[data-testid=confirm-reception]"));

        page.Find("input[data-testid=carried-by]").Change("Juan Mamani");
        page.Find("button[data-testid=send-manifest]").Click();
        page.WaitForAssertion(() => Assert.Contains("Juan Mamani", page.Find("[data-testid=manifest-sent]").TextContent));
        Assert.Contains("Enviada", page.Find("[data-testid=manifest-status]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=send-manifest]"));

        page.Find("input[data-testid=receipt-number]").Change("ADM-ARC-2029-0077");
        Assert.True(page.Find("button[data-testid=confirm-reception]").HasAttribute("disabled"), "no one signed for it yet");
        page.Find("input[data-testid=received-by]").Change("Rosa Vargas");
        page.Find("button[data-testid=confirm-reception]").Click();

        page.WaitForAssertion(() => Assert.Equal("ADM-ARC-2029-0077", page.Find("td[data-testid=manifest-receipt]").TextContent.Trim()));
        Assert.Contains("Recibida en Condebamba", page.Find("[data-testid=manifest-status]").TextContent);
        Assert.All(page.FindAll("[data-testid=dossier-status]"), chip => Assert.Equal("En Condebamba", chip.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=confirm-reception]"));
        Assert.Contains(pages.Messages, m => m.Contains("2 expediente(s) pasan a custodia de Condebamba"));
        Assert.Equal(DossierStatus.Transferred, (await Archive.DossierAsync(Orders[0])).Status);
    }
}
