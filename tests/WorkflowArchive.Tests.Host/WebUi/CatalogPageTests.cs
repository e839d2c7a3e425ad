using Bunit;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using CatalogPage = WorkflowArchive.Host.Components.Pages.Catalog;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The Catálogo page over a booted host: the versions it lists and the editor process owners publish with.</summary>
public sealed class CatalogPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Staff_read_the_newest_version_grouped_by_service_and_transaction_but_cannot_edit()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = pages.RenderPage<CatalogPage>();

        page.WaitForElement("[data-testid=requirement-version]");
        Assert.Equal(DefaultCatalog.Requirements().Count, page.FindAll("[data-testid=requirement-item]").Count);
        var groups = page.FindAll("[data-testid=requirement-group]").Select(g => g.TextContent.Trim()).ToList();
        Assert.Contains("Todos los servicios · Todas las transacciones", groups);
        Assert.Contains("Internet · Venta nueva", groups);
        Assert.Empty(page.FindAll("[data-testid=new-version]"));
    }

    [Fact]
    public async Task A_process_owner_copies_the_newest_version_adds_and_removes_documents_and_publishes_it()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "duena");
        var page = pages.RenderPage<CatalogPage>();
        page.WaitForElement("[data-testid=requirement-version]");

        page.Find("button[data-testid=new-version]").Click();
        Assert.Equal(DefaultCatalog.Requirements().Count, page.FindAll("[data-testid=draft-item]").Count);
        page.Find("button[data-testid=draft-add-item]").Click();
        Assert.True(page.Find("button[data-testid=draft-publish]").HasAttribute("disabled"), "an empty row must block publishing");
        Assert.Contains("Fila 20: falta el código o el nombre", page.Find("[data-testid=draft-problems]").TextContent);
        var added = page.FindAll("[data-testid=draft-item]")[^1];
        added.QuerySelector("input[data-testid=draft-item-code]")!.Change("encuesta");
        page.FindAll("[data-testid=draft-item]")[^1].QuerySelector("input[data-testid=draft-item-name]")!
            .Change("Encuesta de satisfacción firmada");
        var removed = page.FindAll("[data-testid=draft-item]")[0];
        var removedCode = removed.QuerySelector("input[data-testid=draft-item-code]")!.GetAttribute("value");
        removed.QuerySelector("button[data-testid=draft-item-remove]")!.Click();
        page.Find("input[data-testid=draft-comment]").Change("Encuesta obligatoria");
        page.Find("button[data-testid=draft-publish]").Click();

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=requirement-version]").GetAttribute("data-version")));
        Assert.Empty(page.FindAll("[data-testid=requirement-editor]"));
        Assert.Contains("Versión 2 publicada", Assert.Single(pages.Messages));
        var published = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<RequirementSet>().AsNoTracking()
            .Include(s => s.Items).SingleAsync(s => s.Version == 2));
        Assert.Equal(("duena", "Encuesta obligatoria"), (published.CreatedBy, published.Comment));
        // The page's work ran in its own scope, as the circuit's signed-in user: the audit trail names her.
        var publishedId = published.Id.ToString();
        var audited = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .SingleAsync(e => e.ObjectType == nameof(RequirementSet) && e.ObjectId == publishedId && e.Action == "Created"));
        Assert.Equal("duena", audited.Actor);
        Assert.Equal(DefaultCatalog.Requirements().Count, published.Items.Count);
        Assert.Contains(published.Items, i => i.DocumentCode == "encuesta" && i.DocumentName == "Encuesta de satisfacción firmada");
        Assert.Equal(DefaultCatalog.Requirements().Count(i => i.DocumentCode == removedCode) - 1, published.Items.Count(i => i.DocumentCode == removedCode));
    }
}
