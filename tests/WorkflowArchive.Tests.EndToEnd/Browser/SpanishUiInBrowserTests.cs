using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// The app in es-BO in a real browser, even one that asks for English: the Entregas date typed day first, the calendar
/// in Spanish from Monday with today on the La Paz date, an unknown address answered in the app's layout, and a lost
/// connection explained in Spanish.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class SpanishUiInBrowserTests : IAsyncLifetime
{
    private const string Order = "SF-2027-009101";

    // 21/06/2027 02:00 UTC is still Sunday 20/06/2027, 22:00 in La Paz: the binder handed over on the 15th is in the past.
    private static readonly DateTimeOffset Now = new(2027, 6, 21, 2, 0, 0, TimeSpan.Zero);

    private BrowserHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        _host.Factory.Time.SetUtcNow(Now);
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(Order));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_manager_types_the_delivery_date_day_first_and_the_binder_is_registered_with_it()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz", locale: "en-US");
        await manager.OpenAsync("Entregas");
        await Assertions.Expect(manager.Locator("[data-culture]")).ToHaveAttributeAsync("data-culture", "es-BO");

        // The calendar: Spanish, weeks from Monday, the whole month visible, today on the La Paz date.
        await manager.Locator(".archive-date-picker", new() { Has = manager.Locator("input[data-testid='batch-delivered-on']") })
            .GetByRole(AriaRole.Button, new() { Name = "Abrir el calendario" }).ClickAsync();
        var calendar = manager.Locator(".mud-popover-open .mud-picker-calendar-container");
        await Assertions.Expect(calendar.Locator(".mud-picker-calendar-header-day .mud-day-label").First).ToHaveTextAsync("lu");
        await Assertions.Expect(manager.Locator(".mud-popover-open .mud-picker-calendar-header-transition")).ToContainTextAsync("junio");
        // The field starts on today, the La Paz date (UTC is already the 21st).
        await Assertions.Expect(calendar.Locator("button.mud-selected")).ToHaveTextAsync("20");
        // The paper around the month clips what does not fit: it must be as wide as the month (Sunday included).
        var month = await calendar.BoundingBoxAsync();
        var paper = await manager.Locator(".mud-popover-open .mud-picker-popover-paper").BoundingBoxAsync();
        Assert.True(paper!.Width >= month!.Width && month.Width >= 280, $"the month ({month.Width}px) is squeezed into {paper.Width}px");
        await BrowserHost.ScreenshotAsync(manager, "entregas-calendario");
        await manager.Mouse.ClickAsync(1400, 980);
        await Assertions.Expect(manager.Locator(".mud-popover-open .mud-picker-calendar-container")).ToHaveCountAsync(0);

        await manager.Input("batch-delivered-on").FillAsync("15/06/2027");
        await manager.Input("batch-delivered-on").PressAsync("Tab");
        await manager.ChooseAsync("batch-advisor", "Ana Rojas");
        await manager.FillFieldAsync("batch-binder", "Archivador 15");
        await manager.Input("batch-scanner").FillAsync(Order);
        await manager.Input("batch-scanner").PressAsync("Enter");
        await Assertions.Expect(manager.Locator("[data-testid='batch-entry']")).ToContainTextAsync("Rosa Quiroga Peña");
        await manager.ClickOnAsync("batch-register");

        var recent = manager.Locator("[data-testid='recent-batches'] tbody tr").Filter(new() { HasText = "Archivador 15" });
        await Assertions.Expect(recent).ToContainTextAsync("15/06/2027");
        await Assertions.Expect(recent).ToContainTextAsync("Ana Rojas");
        await BrowserHost.ScreenshotAsync(manager, "entregas-registrada");
        var batch = await BatchAsync("Archivador 15");
        Assert.Equal("2027-06-15", batch.GetProperty("deliveredOn").GetString());
        Assert.StartsWith("LOTE-20270620-", batch.GetProperty("number").GetString());
    }

    [Fact]
    public async Task An_unknown_address_shows_the_spanish_page_in_the_layout()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");

        var response = await manager.GotoAsync("/expedientes/de/ninguna/parte");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(manager.Locator("[data-testid='not-found']")).ToContainTextAsync("Esta página no existe");
        await Assertions.Expect(manager.Locator("header")).ToContainTextAsync("Archivo de Venta y Postventa");
        await Assertions.Expect(manager.GetByRole(AriaRole.Link, new() { Name = "Expedientes", Exact = true })).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(manager, "no-existe");
    }

    [Fact]
    public async Task A_lost_connection_says_in_spanish_that_what_was_typed_is_kept_and_it_is()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");
        await manager.OpenAsync("Entregas");
        await manager.FillFieldAsync("batch-binder", "Archivador 99");
        await manager.Input("batch-binder").PressAsync("Tab");

        // The network goes: the circuit's connection drops and every attempt to rejoin fails until it is back.
        await manager.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await manager.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");

        var dialog = manager.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(dialog).ToContainTextAsync("Se perdió la conexión con el servidor");
        await Assertions.Expect(dialog).ToContainTextAsync("Lo que escribió se conserva");
        Assert.DoesNotContain("Rejoin", await dialog.InnerTextAsync());
        await BrowserHost.ScreenshotAsync(manager, "reconexion");

        await manager.UnrouteAsync("**/_blazor/**");
        await Assertions.Expect(dialog).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(manager.Input("batch-binder")).ToHaveValueAsync("Archivador 99");
    }

    /// <summary>The binder as the API reports it.</summary>
    private async Task<JsonElement> BatchAsync(string binder)
    {
        using var http = _host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/batches");
        request.Headers.Add("X-Actor", "gestora");
        using var response = await http.SendAsync(request);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("binderNumber").GetString() == binder);
    }
}
