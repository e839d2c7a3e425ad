using System.Text;
using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// The administration pages in a real browser, reached through the menu as the administrator: an advisor registered,
/// a shelf and a box created (with a printable label), a hold placed and released, a Smartflex export with one bad
/// line uploaded and its report read, and the reconciliation of the sale it brought.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class AdministrationInBrowserTests : IAsyncLifetime
{
    private BrowserHost _host = null!;

    public async Task InitializeAsync() => _host = await BrowserHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Opens a page of a menu group, unfolding the group first when it is folded.</summary>
    [Fact]
    public async Task The_administrator_runs_the_archive_reference_data_holds_and_smartflex_from_the_pages()
    {
        var admin = await _host.SignInAsync("admin", "Administración");

        // Asesores: a new advisor of the Zonales channel.
        await admin.OpenFromMenuAsync("nav-administration", "Asesores");
        await admin.FillFieldAsync("advisor-code", "mvargas");
        await admin.FillFieldAsync("advisor-name", "María Vargas");
        await admin.FillFieldAsync("advisor-office", "Zonal Sacaba");
        await admin.ChooseAsync("advisor-channel", "Zonales");
        await admin.ClickOnAsync("advisor-save");
        await Assertions.Expect(admin.Locator("[data-testid='advisor-row'][data-code='mvargas']")).ToBeVisibleAsync();

        // Ubicaciones: a shelf, a box of 25 in it, its label printable.
        await admin.OpenFromMenuAsync("nav-archive", "Ubicaciones");
        await admin.Locator("[data-testid='new-shelf'][data-parent='DIV']").ClickAsync();
        await admin.FillFieldAsync("location-code", "EST-B");
        await admin.FillFieldAsync("location-name", "Estante B");
        await admin.ClickOnAsync("location-save");
        var shelf = admin.Locator("[data-testid='location-shelf'][data-code='EST-B']");
        await Assertions.Expect(shelf).ToBeVisibleAsync();
        await shelf.Locator("[data-testid='new-box']").ClickAsync();
        await admin.FillFieldAsync("location-code", "B-01");
        await admin.FillFieldAsync("location-name", "Caja B-01");
        await admin.FillFieldAsync("location-capacity", "25");
        await admin.ClickOnAsync("location-save");
        var box = shelf.Locator("[data-testid='location-box'][data-code='B-01']");
        await Assertions.Expect(box.Locator("[data-testid='box-occupancy']")).ToHaveTextAsync("0 de 25 expedientes");
        await Assertions.Expect(box.Locator("[data-testid='box-link']")).ToHaveAttributeAsync("href", "/cajas/B-01");
        var labelHref = await box.Locator("[data-testid='box-label']").GetAttributeAsync("href");
        Assert.NotNull(labelHref);
        var label = await admin.Context.APIRequest.GetAsync(labelHref);
        Assert.Equal((200, "application/pdf"), (label.Status, label.Headers["content-type"]));

        // Retenciones legales: the new box held, then released with a reason.
        await admin.OpenFromMenuAsync("nav-archive", "Retenciones legales");
        await admin.ChooseAsync("hold-target", "Una caja");
        await admin.FillFieldAsync("hold-what", "B-01");
        await admin.FillFieldAsync("hold-reason", "Proceso judicial 123/2027");
        await admin.ClickOnAsync("hold-place");
        var held = admin.Locator("tr", new() { Has = admin.Locator("[data-testid='hold-row'][data-on='B-01']") });
        await Assertions.Expect(held).ToContainTextAsync("Vigente");
        await held.Locator("[data-testid='hold-release']").ClickAsync();
        await admin.FillFieldAsync("hold-release-reason", "Sentencia ejecutoriada");
        await admin.ClickOnAsync("hold-release-confirm");
        await Assertions.Expect(held).ToHaveCountAsync(0);
        await admin.ChooseAsync("hold-filter", "Levantadas");
        await Assertions.Expect(held).ToContainTextAsync("Sentencia ejecutoriada");

        // Smartflex: an export with one bad line (a date written day first), reported by line in Spanish.
        await admin.OpenFromMenuAsync("nav-smartflex", "Cargar exportación");
        var csv = $"""
            {Smartflex.SmartflexImports.Header}
            SF-2027-000951,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,mvargas,2027-05-28
            SF-2027-000952,1234567 LP,Juan Pérez,false,internet,venta-nueva,mvargas,28/05/2027
            """;
        await Assertions.Expect(admin.Locator("[data-testid='smartflex-history']")).ToBeVisibleAsync();
        await admin.Locator("[data-testid='smartflex-upload'] input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "ventas-mayo.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        var bad = admin.Locator("[data-testid='smartflex-error'][data-line='3']");
        // The upload crosses the circuit and the import runs on a busy test machine: allow it more than the default 5 s.
        await Assertions.Expect(bad).ToContainTextAsync("SF-2027-000952", new() { Timeout = 30_000 });
        await Assertions.Expect(bad).ToContainTextAsync("28/05/2027");
        await Assertions.Expect(admin.Locator("[data-testid='smartflex-counts']")).ToContainTextAsync("1 nuevas");
        await Assertions.Expect(admin.Locator("[data-testid='smartflex-history-row']")).ToHaveCountAsync(1);

        // Conciliación: May's sale of the new advisor has no dossier yet.
        await admin.OpenFromMenuAsync("nav-smartflex", "Conciliación");
        await admin.Input("reconciliation-from").FillAsync("01/05/2027");
        await admin.Input("reconciliation-from").PressAsync("Tab");
        await admin.Input("reconciliation-to").FillAsync("31/05/2027");
        await admin.Input("reconciliation-to").PressAsync("Tab");
        await admin.ClickOnAsync("reconciliation-run");
        var advisor = admin.Locator("tr", new() { Has = admin.Locator("[data-testid='reconciliation-advisor'][data-code='mvargas']") });
        await Assertions.Expect(advisor.Locator("[data-testid='reconciliation-count']")).ToHaveTextAsync("1");
        await advisor.Locator("[data-testid='reconciliation-expand']").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid='reconciliation-sale'][data-order='SF-2027-000951']")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(admin, "conciliacion");
    }
}
