using Bunit;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using LocationsPage = WorkflowArchive.Host.Components.Pages.Locations;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>The Ubicaciones page: the archive as a tree with each box's occupancy, new shelves and boxes, closing a box, and who may change what.</summary>
public sealed class LocationsPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static IRenderedComponent<LocationsPage> Open(PageHarness pages)
    {
        var page = pages.RenderPage<LocationsPage>();
        page.WaitForElement("[data-testid=location-box][data-code=A-01]");
        return page;
    }

    private static AngleSharp.Dom.IElement Box(IRenderedComponent<LocationsPage> page, string code) =>
        page.Find($"[data-testid=location-box][data-code='{code}']");

    private Task<ArchiveLocation?> StoredAsync(string code) => Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<ArchiveLocation>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code));

    [Fact]
    public async Task The_tree_shows_each_box_with_its_occupancy_its_label_and_a_link_to_its_page()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale("SF-2027-000900"), boxCode: "A-01");
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = Open(pages);

        var shelf = page.Find("[data-testid=location-shelf][data-code=EST-A]");
        Assert.Equal(["A-01", "A-02"], shelf.QuerySelectorAll("[data-testid=location-box]").Select(b => b.GetAttribute("data-code")));
        Assert.Equal("1 de 40 expedientes", Box(page, "A-01").QuerySelector("[data-testid=box-occupancy]")!.TextContent.Trim());
        Assert.Equal("/cajas/A-01", Box(page, "A-01").QuerySelector("[data-testid=box-link]")!.GetAttribute("href"));
        Assert.Equal("/api/archive/boxes/A-01/label.pdf", Box(page, "A-01").QuerySelector("[data-testid=box-label]")!.GetAttribute("href"));
        Assert.Equal("/api/archive/labels.pdf?shelf=EST-A", shelf.QuerySelector("[data-testid=shelf-labels]")!.GetAttribute("href"));
        Assert.Contains("Abierta", Box(page, "A-01").QuerySelector("[data-testid=box-state]")!.TextContent);
        ScreenText.AssertReadable(page);
    }

    [Fact]
    public async Task The_manager_adds_a_shelf_and_a_box_with_its_capacity_said_beside_the_field_when_missing()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var page = Open(pages);

        page.Find("button[data-testid=new-shelf][data-parent=DIV]").Click();
        page.Find("input[data-testid=location-code]").Change("EST-B");
        page.Find("input[data-testid=location-name]").Change("Estante B");
        page.Find("button[data-testid=location-save]").Click();
        page.WaitForElement("[data-testid=location-shelf][data-code=EST-B]");
        Assert.Contains("Estante EST-B creado.", pages.Messages);

        page.Find("[data-testid=location-shelf][data-code=EST-B] button[data-testid=new-box]").Click();
        page.Find("input[data-testid=location-code]").Change("A-01");
        page.Find("input[data-testid=location-name]").Change("Caja B-01");
        page.Find("button[data-testid=location-save]").Click();
        Assert.Equal("Una caja necesita capacidad para al menos un expediente.", page.Find("[data-testid=field-message][data-field=capacity]").TextContent);

        page.Find("input[data-testid=location-capacity]").Change("30");
        page.Find("button[data-testid=location-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("El código de ubicación «A-01» ya está en uso.", page.Find("[data-testid=field-message][data-field=code]").TextContent));

        page.Find("input[data-testid=location-code]").Change("B-01");
        page.Find("button[data-testid=location-save]").Click();
        page.WaitForElement("[data-testid=location-shelf][data-code=EST-B] [data-testid=location-box][data-code=B-01]");
        var box = (await StoredAsync("B-01"))!;
        Assert.Equal((LocationKind.Box, 30, "Archivo de la División / Estante B / Caja B-01"), (box.Kind, box.Capacity, box.Path));
        Assert.Equal("0 de 30 expedientes", Box(page, "B-01").QuerySelector("[data-testid=box-occupancy]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_closed_box_takes_no_more_dossiers_until_it_is_opened_again()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var page = Open(pages);

        Box(page, "A-01").QuerySelector("button[data-testid=box-close]")!.Click();
        page.WaitForAssertion(() => Assert.Contains("Cerrada", Box(page, "A-01").QuerySelector("[data-testid=box-state]")!.TextContent));
        Assert.True((await StoredAsync("A-01"))!.Closed);

        // The archive form does not offer it, the automatic choice skips it, naming it is refused in Spanish.
        var (offered, first, named) = await Factory.InScopeAsync(async sp =>
        {
            var boxes = sp.GetRequiredService<BoxAssignment>();
            var choices = await sp.GetRequiredService<WorkflowArchive.Host.Application.TaskFormData>().BoxesWithRoomAsync();
            var chosen = await boxes.CheckFirstWithRoomAsync("VN-INT", CancellationToken.None);
            var refused = await Assert.ThrowsAsync<WorkflowArchive.Workflows.ServiceTasks.ActivityFailedException>(() => boxes.PickAsync("A-01", "VN-INT", CancellationToken.None));
            return (choices.Select(c => c.Code).ToList(), chosen?.Code, refused.Text.ToString());
        });
        Assert.Equal(["A-02"], offered);
        Assert.Equal("A-02", first);
        Assert.Contains("La caja A-01 está cerrada", named);

        Box(page, "A-01").QuerySelector("button[data-testid=box-open]")!.Click();
        page.WaitForAssertion(() => Assert.Contains("Abierta", Box(page, "A-01").QuerySelector("[data-testid=box-state]")!.TextContent));
        Assert.False((await StoredAsync("A-01"))!.Closed);
    }

    [Fact]
    public async Task A_retention_monitor_sees_the_tree_but_cannot_add_or_close_anything()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = Open(pages);

        Assert.Empty(page.FindAll("[data-testid=new-shelf]"));
        Assert.Empty(page.FindAll("[data-testid=new-box]"));
        Assert.Empty(page.FindAll("[data-testid=box-close]"));
        Assert.NotEmpty(page.FindAll("[data-testid=box-label]"));
    }
}
