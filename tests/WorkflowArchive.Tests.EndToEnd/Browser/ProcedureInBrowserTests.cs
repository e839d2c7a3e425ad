using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// The procedure walked in a real browser by three people, each signed in in a context of their own: the manager
/// registers a binder and returns a dossier without a signature, the advisor completes it, the manager archives it
/// and answers a retrieval request with a scan, and the retention monitor reads the indicator.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class ProcedureInBrowserTests : IAsyncLifetime
{
    private const string Order = "SF-2027-009001";
    private BrowserHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(Order));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Three_people_walk_the_procedure_and_the_managers_inbox_shows_the_returned_file_without_a_reload()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");
        var advisor = await _host.SignInAsync("ana.rojas", "Ana Rojas");
        var monitor = await _host.SignInAsync("monitora", "Mónica Arce");

        // Steps 2-4: the manager registers Ana's binder, the order number typed as a scanner does (number + Enter).
        await manager.OpenAsync("Entregas");
        await manager.ChooseAsync("batch-advisor", "Ana Rojas");
        await manager.FillFieldAsync("batch-binder", "Archivador 12");
        await manager.Input("batch-scanner").FillAsync(Order);
        await manager.Input("batch-scanner").PressAsync("Enter");
        await Assertions.Expect(manager.Locator("[data-testid='batch-entry']")).ToContainTextAsync("Rosa Quiroga Peña");
        await BrowserHost.ScreenshotAsync(manager, "entregas");
        await manager.ClickOnAsync("batch-register");
        await Assertions.Expect(manager.Locator("[data-testid='recent-batches']")).ToContainTextAsync("Archivador 12");

        // Step 5.2: nothing comes decided; the review finds the contract unsigned and the dossier goes back to Ana.
        await manager.OpenAsync("Bandeja de tareas");
        await OpenTaskAsync(manager, "Revisar documentación");
        await Assertions.Expect(manager.Locator("[data-testid='complete-task']")).ToBeDisabledAsync();
        await Assertions.Expect(manager.Locator("[data-testid='submit-reason']")).ToHaveTextAsync("Faltan 5 decisiones.");
        await BrowserHost.ScreenshotAsync(manager, "revision");
        await DecideAsync(manager, ("acta-instalacion", "correct"), ("ci", "correct"), ("croquis", "correct"), ("solicitud", "correct"), ("contrato", "unsigned"));
        await Assertions.Expect(manager.Locator("[data-testid='review-outcome']")).ToContainTextAsync("sin firma");
        await manager.ClickOnAsync("complete-task");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // Step 7: Ana, who never reloaded, sees the returned file arrive in her inbox and completes it.
        await Assertions.Expect(advisor.Locator("[data-testid='inbox-table']")).ToContainTextAsync("Completar documentación");
        await MarkNoReloadAsync(manager);
        await OpenTaskAsync(advisor, "Completar documentación");
        await Assertions.Expect(advisor.Locator("[data-testid='return-items']")).ToContainTextAsync("sin firma");
        await advisor.FillFieldAsync("correction-note", "Firma obtenida en visita al cliente");
        await advisor.ClickOnAsync("complete-task");

        // The manager's inbox shows the corrected file back for review, pushed over SignalR: no reload happened.
        await Assertions.Expect(manager.Locator("[data-testid='inbox-table']")).ToContainTextAsync("Revisar documentación", new() { Timeout = 20_000 });
        Assert.True(await manager.EvaluateAsync<bool>("() => window.__stillTheSamePage === true"), "the manager's page was reloaded");
        await Assertions.Expect(manager.Locator("[data-testid='inbox-badge'] .mud-badge")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(manager, "bandeja");

        // Second review: the last one shows as a hint, each document is decided again, complete. Classification runs by
        // itself; the manager files it in box A-02.
        await OpenTaskAsync(manager, "Revisar documentación");
        await Assertions.Expect(manager.Locator("[data-testid='review-line'][data-code='contrato'] [data-testid='last-review']")).ToContainTextAsync("Sin firma");
        await DecideAsync(manager, ("acta-instalacion", "correct"), ("ci", "correct"), ("croquis", "correct"), ("solicitud", "correct"), ("contrato", "correct"));
        await Assertions.Expect(manager.Locator("[data-testid='review-outcome']")).ToContainTextAsync("Documentación completa");
        await manager.ClickOnAsync("complete-task");
        await OpenTaskAsync(manager, "Archivar en ubicación asignada");
        await manager.ChooseAsync("box-picker", "Caja A-02");
        await manager.ClickOnAsync("complete-task");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await manager.OpenAsync("Expedientes");
        await manager.FillFieldAsync("search-order", Order);
        await manager.ClickOnAsync("search-run");
        await manager.GetByRole(AriaRole.Link, new() { Name = Order }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid='dossier-location']")).ToContainTextAsync("Caja A-02");
        await manager.GetByRole(AriaRole.Tab, new() { Name = "Historial" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid='dossier-timeline']")).ToContainTextAsync("Devuelto al asesor");
        await BrowserHost.ScreenshotAsync(manager, "expediente");

        // Step 10: a retrieval request, answered with an uploaded scan.
        await manager.OpenAsync("Solicitudes");
        await manager.FillFieldAsync("request-order", Order);
        await manager.FillFieldAsync("request-unit", "Asesoría Legal");
        await manager.FillFieldAsync("request-reason", "Reclamo ATT");
        await manager.ClickOnAsync("request-create");
        await Assertions.Expect(manager.Locator("[data-testid='request-list']")).ToContainTextAsync(Order);
        await BrowserHost.ScreenshotAsync(manager, "solicitudes");
        await manager.OpenAsync("Bandeja de tareas");
        await OpenTaskAsync(manager, "Ubicar y entregar");
        await manager.ClickOnAsync("outcome-recovered");
        await manager.ClickOnAsync("method-scan");
        await Assertions.Expect(manager.Locator("[data-testid='submit-reason']")).ToContainTextAsync("Suba el archivo escaneado");
        await manager.Locator("[data-testid='scan-upload']").SetInputFilesAsync(new FilePayload
        {
            Name = "contrato-escaneado.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 escaneo del contrato firmado"u8.ToArray(),
        });
        await Assertions.Expect(manager.Locator("[data-testid='scan-uploaded']")).ToContainTextAsync("contrato-escaneado.pdf");
        await manager.ClickOnAsync("complete-task");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // Step 12: the retention monitor reads the indicator: one request, one recovered, Aprobado.
        await monitor.OpenAsync("Indicadores");
        await monitor.ClickOnAsync("indicators-run");
        await Assertions.Expect(monitor.Locator("[data-testid='kpi-percentage']")).ToHaveTextAsync("100 %");
        await Assertions.Expect(monitor.Locator("[data-testid='kpi-verdict']")).ToContainTextAsync("Aprobado");
        await BrowserHost.ScreenshotAsync(monitor, "indicadores");
    }

    [Fact]
    public async Task Every_main_page_opens_from_the_menu_without_an_error()
    {
        var admin = await _host.SignInAsync("admin", "Administrador");
        var pages = new (string Link, string Heading, string Screenshot)[]
        {
            ("Bandeja de tareas", "Bandeja de tareas", "bandeja-admin"), ("Entregas", "Entregas", "entregas-vacia"),
            ("Expedientes", "Expedientes", "expedientes"), ("Solicitudes", "Solicitudes", "solicitudes-vacia"),
            ("Remisiones", "Remisiones", "remisiones"), ("Indicadores", "Indicadores", "indicadores-vacio"),
            ("Catálogo", "Catálogo de requisitos", "catalogo"),
        };
        foreach (var (link, heading, screenshot) in pages)
        {
            await admin.OpenAsync(link);
            await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync(heading);
            await Assertions.Expect(admin.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await BrowserHost.ScreenshotAsync(admin, screenshot);
        }
        // The administration pages sit in a menu group that starts folded.
        await admin.OpenFromMenuAsync("nav-administration", "Usuarios");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Usuarios");
        await Assertions.Expect(admin.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await BrowserHost.ScreenshotAsync(admin, "usuarios");
    }

    /// <summary>Decides each document of the review with its radio (verdict: correct, missing, illegible, unsigned); one found arrived as original and copy.</summary>
    private static async Task DecideAsync(IPage page, params (string Code, string Verdict)[] decisions)
    {
        foreach (var (code, verdict) in decisions)
        {
            await page.Locator($"[data-testid='review-line'][data-code='{code}'] [data-testid='verdict-{verdict}']").First.ClickAsync();
            if (verdict != "missing") await page.Locator($"[data-testid='review-line'][data-code='{code}'] [data-testid='forms-both']").First.ClickAsync();
        }
    }

    private static async Task OpenTaskAsync(IPage page, string taskName)
    {
        var link = page.Locator("[data-testid='task-link']").Filter(new() { HasText = taskName }).First;
        await link.ClickAsync(new() { Timeout = 20_000 });
        await page.Locator("[data-testid='complete-task']").WaitForAsync();
    }

    /// <summary>A flag that lives only as long as the page: if the page reloads, it is gone.</summary>
    private static Task MarkNoReloadAsync(IPage page) => page.EvaluateAsync("() => { window.__stillTheSamePage = true; }");
}
