using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// Scan-to-find and a box's inventory as the gestora does them with a barcode scanner (which types the code fast and
/// sends Enter): the box's label in the top bar opens the box; its inventory, with one dossier missing and another
/// box's dossier in it, reads back what is missing and where the stray one belongs.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class BoxInventoryInBrowserTests : IAsyncLifetime
{
    private static readonly string[] InA01 = ["SF-2027-009301", "SF-2027-009302", "SF-2027-009303"];
    private const string InA02 = "SF-2027-009401";

    private BrowserHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        var archive = LifecycleHost.On(_host.Factory);
        foreach (var order in InA01) await archive.ArchiveAsync(DomainSeed.Sale(order), boxCode: "A-01");
        await archive.ArchiveAsync(DomainSeed.Sale(InA02), boxCode: "A-02");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_scanned_box_code_opens_the_box_and_its_inventory_reads_back_the_missing_and_the_misplaced()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");

        await ScanAsync(manager, "scan-search-input", "A-01");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cajas/A-01");
        await Assertions.Expect(manager.Locator("[data-testid='box-code']")).ToHaveTextAsync("A-01");
        var listed = manager.Locator("[data-testid='box-dossiers'] tbody tr");
        await Assertions.Expect(listed).ToHaveCountAsync(3);
        await Assertions.Expect(listed.First).ToContainTextAsync(InA01[0]);

        // The inventory: the first and third sheets of A-01, A-02's sheet between them; the second sheet is not in the box.
        await manager.ClickOnAsync("inventory-start");
        var message = manager.Locator("[data-testid='inventory-scan-message']");
        await ScanAsync(manager, "inventory-scan-input", InA01[0]);
        await Assertions.Expect(message).ToContainTextAsync($"{InA01[0]}: correcto");
        await ScanAsync(manager, "inventory-scan-input", InA02);
        await Assertions.Expect(message).ToContainTextAsync("va en la caja A-02, posición 1");
        await ScanAsync(manager, "inventory-scan-input", InA01[2]);
        await Assertions.Expect(message).ToContainTextAsync($"{InA01[2]}: correcto");
        await Assertions.Expect(manager.Locator("[data-testid='inventory-scans'] tbody tr")).ToHaveCountAsync(3);
        await manager.ClickOnAsync("inventory-finish");

        var result = manager.Locator("[data-testid='inventory-result']");
        await Assertions.Expect(result.Locator("[data-testid='inventory-counts']"))
            .ToContainTextAsync("3 esperado(s) · 2 encontrado(s) en la caja · 1 faltante(s) · 1 mal ubicado(s) · 0 fuera de posición");
        await Assertions.Expect(result.Locator("[data-testid='inventory-missing']")).ToContainTextAsync(InA01[1]);
        await Assertions.Expect(result.Locator("[data-testid='inventory-misplaced']")).ToContainTextAsync($"{InA02}");
        await Assertions.Expect(result.Locator("[data-testid='inventory-misplaced']")).ToContainTextAsync("Va en la caja A-02, posición 1");
        await Assertions.Expect(manager.Locator("[data-testid='inventory-list'] tbody tr")).ToHaveCountAsync(1);

        // The missing one is marked as lost: the box's list says so.
        await manager.ClickOnAsync("inventory-mark-missing");
        await Assertions.Expect(listed.Nth(1).Locator("[data-testid='missing-chip']")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(manager, "caja-inventario");
    }

    /// <summary>As a barcode scanner does it: the characters one after another, fast, then Enter.</summary>
    private static async Task ScanAsync(IPage page, string testId, string code)
    {
        var input = page.Locator($"[data-testid='{testId}']");
        await input.ClickAsync();
        await input.PressSequentiallyAsync(code);
        await input.PressAsync("Enter");
    }
}
