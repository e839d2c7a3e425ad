using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// The real host on a loopback port (Kestrel, Hangfire server on, so notifications really leave through the outbox)
/// and Debian's chromium driven by Playwright. Each person signs in in a browser context of their own.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumVariable = "WORKFLOWARCHIVE_CHROMIUM";

    // Headless chromium in a container: no sandbox, no GPU, and nothing that phones home during a test.
    private static readonly string[] ChromiumFlags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    /// <summary>
    /// One Playwright driver and one chromium for the whole run, since they take seconds to start. Each test still signs
    /// its people in browser contexts of their own, closed with it, so no page, cookie or storage of one test reaches another.
    /// </summary>
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync);

    private TestDatabase _database = null!;
    private readonly List<IBrowserContext> _contexts = [];
    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    public ArchiveApiFactory Factory { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the screenshots of the main pages go: the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <param name="settings">Configuration for this host besides the test defaults (Archive:Holidays, for one).</param>
    public static async Task<BrowserHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new BrowserHost { _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), _settings = settings ?? new Dictionary<string, string>() };
        host.Serve(port: 0);
        host.BaseUrl = host.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        await DomainSeed.AdvisorsAndBoxesAsync(host.Factory);

        // A Blazor page on a loaded 2-core machine can take more than Playwright's 5 s to re-render; wait for it, within reason.
        Assertions.SetDefaultExpectTimeout(15_000);
        host.Browser = await SharedBrowser.Value;
        return host;
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath(), Headless = true, Args = ChromiumFlags });
    }

    private void Serve(int port)
    {
        var settings = new Dictionary<string, string>
        {
            ["Background:RunServer"] = "true",
            ["Background:OutboxSweepCron"] = "*/5 * * * * *",
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        Factory = new ArchiveApiFactory(_database, settings) { ServeStaticWebAssets = true };
        Factory.UseKestrel(port);
        Factory.StartServer();
    }

    /// <summary>
    /// Stops the server and starts a new one on the same address and database, as a restart of the service does: open
    /// pages lose their circuit (and whatever it held), their sign-in cookie stays good.
    /// </summary>
    public async Task RestartAsync()
    {
        try
        {
            await Factory.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // Hangfire's server may give up its own waits while the host stops; the server is down either way, as in a crash.
        }
        Serve(new Uri(BaseUrl).Port);
    }

    /// <summary>
    /// Creates the person's account and signs them in through the sign-in page; returns their inbox, live. The browser
    /// asks for pages in <paramref name="locale"/> (Accept-Language); the app answers in es-BO whatever it is. They land
    /// on <paramref name="home"/>: the inbox, or a requester's own requests.
    /// </summary>
    public async Task<IPage> SignInAsync(string actor, string displayName, string locale = "es-BO", string home = "/")
    {
        var (role, advisorCode) = TestActors.Of(actor);
        await Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync(actor, displayName, role, advisorCode, TestActors.Password));
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = locale, ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#usuario").FillAsync(actor);
        await page.Locator("#clave").FillAsync(TestActors.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        // The address, then the live inbox: that is what the tests need. Waiting for the page's load event as well (the
        // default) once timed out in CI with the address reached and the network idle.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == home, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLiveAsync();
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium";
        return File.Exists(path) ? path : throw new InvalidOperationException(
            $"Chromium is not at {path}. Run ./scripts/test.sh (it installs Debian's chromium and sets {ChromiumVariable}).");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
