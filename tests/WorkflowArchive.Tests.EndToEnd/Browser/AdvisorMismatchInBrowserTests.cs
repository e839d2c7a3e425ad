using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// Entregas holds back an order Smartflex records under another advisor until the manager sets it aside for that
/// advisor's binder or keeps it with a reason; and a dossier given to another advisor takes its open task along.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class AdvisorMismatchInBrowserTests : IAsyncLifetime
{
    private const string AnasSale = "SF-2027-009301";
    private const string LuisSale = "SF-2027-009302";
    private const string LuisOtherSale = "SF-2027-009303";
    private BrowserHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(AnasSale));
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(LuisSale, "lfernandez"));
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(LuisOtherSale, "lfernandez"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_order_of_another_advisor_is_held_back_until_kept_with_a_reason_or_set_aside_for_its_advisor()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");
        await manager.OpenAsync("Entregas");
        await manager.ChooseAsync("batch-advisor", "Ana Rojas");
        await manager.FillFieldAsync("batch-binder", "Archivador 30");
        await ScanAsync(manager, AnasSale);
        await ScanAsync(manager, LuisSale);

        var held = manager.Locator("[data-testid='batch-entry-mismatch']");
        await Assertions.Expect(held).ToContainTextAsync("Retenida: Smartflex registra esta venta a nombre de Luis Fernández, no de Ana Rojas");
        await Assertions.Expect(manager.Locator("[data-testid='batch-register']")).ToBeDisabledAsync();
        await BrowserHost.ScreenshotAsync(manager, "entregas-retenida");
        await manager.FillFieldAsync("batch-entry-reason", "Luis la vendió cubriendo el turno de Ana");
        await Assertions.Expect(held).ToContainTextAsync("Confirmada");
        await manager.ClickOnAsync("batch-register");
        await Assertions.Expect(manager.Locator("[data-testid='recent-batches']")).ToContainTextAsync("Archivador 30");

        // Another of Luis's orders in Ana's next binder: set aside, it comes back when Luis's binder is chosen.
        await manager.FillFieldAsync("batch-binder", "Archivador 31");
        await ScanAsync(manager, LuisOtherSale);
        await manager.ClickOnAsync("batch-entry-set-aside");
        await Assertions.Expect(manager.Locator("[data-testid='batch-set-aside']")).ToContainTextAsync($"{LuisOtherSale} (Luis Fernández)");
        await Assertions.Expect(manager.Locator("[data-testid='batch-entry']")).ToHaveCountAsync(0);
        await manager.ChooseAsync("batch-advisor", "Luis Fernández");
        await Assertions.Expect(manager.Locator("[data-testid='batch-entry']")).ToContainTextAsync(LuisOtherSale);
        await Assertions.Expect(manager.Locator("[data-testid='batch-entry-mismatch']")).ToHaveCountAsync(0);
        await manager.ClickOnAsync("batch-register");
        await Assertions.Expect(manager.Locator("[data-testid='recent-batches']")).ToContainTextAsync("Archivador 31");

        await manager.GotoAsync($"/expedientes/{LuisSale}");
        await manager.WaitForLiveAsync();
        await Assertions.Expect(manager.Locator("[data-testid='dossier-advisor']")).ToContainTextAsync("Ana Rojas");
        await Assertions.Expect(manager.Locator("[data-testid='dossier-advisor-reason']")).ToContainTextAsync("Luis la vendió cubriendo el turno de Ana");
    }

    [Fact]
    public async Task A_dossier_given_to_another_advisor_takes_its_returned_task_to_that_advisors_inbox()
    {
        var api = LifecycleHost.On(_host.Factory);
        await api.RegisterBatchAsync("arojas", AnasSale);
        await api.Client.WorkAsync(LifecycleHost.Manager, AnasSale, "Task_ReviewChecklist", "gestora", await api.ReviewAsync(AnasSale, "contrato"));
        var ana = await _host.SignInAsync("ana.rojas", "Ana Rojas");
        var luis = await _host.SignInAsync("luis.fernandez", "Luis Fernández");
        await Assertions.Expect(ana.Locator("[data-testid='inbox-table']")).ToContainTextAsync("Completar documentación");
        await Assertions.Expect(luis.Locator("[data-testid='inbox-table']")).Not.ToContainTextAsync("Completar documentación");

        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");
        await manager.GotoAsync($"/expedientes/{AnasSale}");
        await manager.WaitForLiveAsync();
        await manager.ClickOnAsync("advisor-correct-open");
        await manager.ChooseAsync("advisor-correct-select", "Luis Fernández");
        await manager.FillFieldAsync("advisor-correct-reason", "La venta es de Luis según el contrato firmado");
        await manager.ClickOnAsync("advisor-correct-save");
        await Assertions.Expect(manager.Locator("[data-testid='dossier-advisor']")).ToContainTextAsync("Luis Fernández");
        await Assertions.Expect(manager.Locator("[data-testid='dossier-advisor-reason']")).ToContainTextAsync("La venta es de Luis");
        await BrowserHost.ScreenshotAsync(manager, "expediente-asesor-corregido");

        await luis.ReloadAsync();
        await luis.WaitForLiveAsync();
        await Assertions.Expect(luis.Locator("[data-testid='inbox-table']")).ToContainTextAsync("Completar documentación");
        await ana.ReloadAsync();
        await ana.WaitForLiveAsync();
        await Assertions.Expect(ana.Locator("[data-testid='inbox-table']")).Not.ToContainTextAsync("Completar documentación");
    }

    private static async Task ScanAsync(IPage page, string order)
    {
        await page.Input("batch-scanner").FillAsync(order);
        await page.Input("batch-scanner").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid='batch-entry']").Filter(new() { HasText = order })).ToHaveCountAsync(1);
    }
}
