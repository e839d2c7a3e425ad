using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// The requester who watches her request answered without reloading, on a 1366×768 screen and on a phone; and the
/// manager who gives a task to a colleague with a word for her, which the colleague finds in her inbox and reads.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class RequesterAndInboxInBrowserTests : IAsyncLifetime
{
    private const string Order = "SF-2027-009301";
    private BrowserHost _host = null!;
    private ProcedureClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        _client = new ProcedureClient(_host.Factory.CreateClient());
        // The manager's account first, with her name: the API calls below would otherwise create it under her login.
        await _host.Factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowArchive.Host.Security.UserSeeder>()
            .EnsureAsync("gestora", "Gabriela Soliz", WorkflowArchive.Host.Security.Roles.DocumentManager, null, TestActors.Password));
        await LifecycleHost.On(_host.Factory).ArchiveAsync(DomainSeed.Sale(Order));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> AskAsync()
    {
        var created = await _client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Order, requestingUnit = "Asesoría Legal", reason = "Reclamo ATT" }, "carla")
            .ReadAsyncFrom<JsonElement>();
        return created.GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task The_requester_sees_her_scan_arrive_without_reloading_and_the_link_fits_a_laptop_and_a_phone()
    {
        var requester = await _host.SignInAsync("carla", "Carla Méndez", home: "/solicitudes");
        await requester.SetViewportSizeAsync(1366, 768);
        var number = await AskAsync();
        await requester.ReloadAsync();
        await requester.WaitForLiveAsync();
        await Assertions.Expect(requester.Locator("h1")).ToHaveTextAsync("Mis solicitudes");
        await Assertions.Expect(requester.Locator("[data-testid=request-status]").First).ToContainTextAsync("Registrada");
        await requester.EvaluateAsync("() => window.__stillTheSamePage = true");

        // The archive answers with a scan; the requester does nothing.
        using var form = new MultipartFormDataContent();
        var scan = new ByteArrayContent("%PDF-1.4 escaneo para Carla"u8.ToArray());
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(scan, "file", "contrato.pdf");
        var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{number}/attachments") { Content = form };
        upload.Headers.Add("X-Actor", "gestora");
        var attachment = (await (await _client.Http.SendAsync(upload)).ReadAsync<JsonElement>()).GetProperty("id").GetString();
        await _client.WorkAsync(LifecycleHost.Manager, number, "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "scan", ["attachmentId"] = attachment });

        await Assertions.Expect(requester.Locator(".mud-snackbar")).ToContainTextAsync($"Su solicitud {number} fue entregada.", new() { Timeout = 20_000 });
        await Assertions.Expect(requester.Locator("[data-testid=request-status]").First).ToContainTextAsync("Entregada");
        await Assertions.Expect(requester.Locator("[data-testid=requests-badge] .mud-badge")).ToBeVisibleAsync();
        Assert.True(await requester.EvaluateAsync<bool>("() => window.__stillTheSamePage === true"), "the requester's page was reloaded");

        // On a 1366×768 laptop the download link is on screen, whole; on a phone the row becomes a card and the link stays in it.
        var download = requester.Locator("[data-testid=request-download]");
        await Assertions.Expect(download).ToBeInViewportAsync(new() { Ratio = 1 });
        await BrowserHost.ScreenshotAsync(requester, "mis-solicitudes-1366");
        await requester.SetViewportSizeAsync(390, 844);
        await download.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(download).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = await download.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"the link spans {box?.X}..{box?.X + box?.Width} on a 390 px phone");
        await BrowserHost.ScreenshotAsync(requester, "mis-solicitudes-telefono");
    }

    [Fact]
    public async Task The_manager_gives_a_task_to_a_colleague_with_a_comment_and_the_colleague_finds_and_reads_it()
    {
        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");
        var colleague = await _host.SignInAsync("gestor2", "Zoe Arias");
        var number = await AskAsync();

        // The manager finds the request's task by its number: Enter opens the single match, and nothing when none matches.
        await Assertions.Expect(manager.Locator("[data-testid=inbox-table]")).ToContainTextAsync(number, new() { Timeout = 20_000 });
        await manager.Input("inbox-search").FillAsync("SOL-0000");
        await manager.Input("inbox-search").PressAsync("Enter");
        await Assertions.Expect(manager.Locator("[data-testid=inbox-search-hint]")).ToContainTextAsync("Ninguna tarea coincide");
        Assert.Equal("/", new Uri(manager.Url).AbsolutePath);
        await manager.Input("inbox-search").FillAsync(number);
        await manager.Input("inbox-search").PressAsync("Enter");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/tareas/"));
        await manager.ChooseAsync("assign-to", "Zoe Arias");
        await manager.FillFieldAsync("assign-comment", "Zoe: el archivador está en el estante B, segundo nivel.");
        await manager.ClickOnAsync("assign-task");
        await Assertions.Expect(manager.Locator("[data-testid=task-taken-by]")).ToContainTextAsync("Zoe Arias");

        // Zoe, who never reloaded, has it in her inbox under her name, and reads the manager's word on the task page.
        await Assertions.Expect(colleague.Locator("[data-testid=inbox-table]")).ToContainTextAsync(number, new() { Timeout = 20_000 });
        await Assertions.Expect(colleague.Locator("[data-testid=task-assignee]").First).ToHaveTextAsync("Zoe Arias");
        await colleague.Locator("[data-testid=task-link]").First.ClickAsync();
        await Assertions.Expect(colleague.Locator("[data-testid=task-comment-text]")).ToHaveTextAsync("Zoe: el archivador está en el estante B, segundo nivel.");
        await Assertions.Expect(colleague.Locator("[data-testid=task-comment-author]")).ToHaveTextAsync("Gabriela Soliz");
        await BrowserHost.ScreenshotAsync(colleague, "tarea-asignada");
    }
}
