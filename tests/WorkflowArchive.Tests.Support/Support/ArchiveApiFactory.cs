using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using WorkflowArchive.Host.Startup;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// The real host over a test database, with fake time, fast password hashing and no Hangfire (tests run the sweeps
/// themselves, and hosts can start side by side); a test that needs Hangfire says so in its settings
/// (<c>Background:Scheduler=Hangfire</c>, or <c>Background:RunServer=true</c>).
/// </summary>
public sealed class ArchiveApiFactory(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    /// <summary>Fake time whose local zone is the archive's, as the host's own clock (ArchiveClock) is.</summary>
    public FakeTimeProvider Time { get; } = LaPazTime(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Serve the web app's CSS and scripts (MudBlazor, the bundled modules) as in Development, for browser tests.</summary>
    public bool ServeStaticWebAssets { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (ServeStaticWebAssets) builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Background:RunServer", "false");
        builder.UseSetting("Background:Scheduler", "InProcess");
        builder.UseSetting("Workflows:Folder", ShippedFiles.WorkflowsFolder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (settings?.GetValueOrDefault("Background:RunServer") == "true" && settings.ContainsKey("Background:Scheduler") is false)
            builder.UseSetting("Background:Scheduler", "Hangfire");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            // PBKDF2 at its production cost is most of a sign-in; the tests sign in hundreds of times.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1);
            testServices?.Invoke(services);
        });
    }

    private static FakeTimeProvider LaPazTime(DateTimeOffset start)
    {
        var time = new FakeTimeProvider(start);
        time.SetLocalTimeZone(ArchiveClock.Zone("America/La_Paz"));
        return time;
    }

    /// <summary>A client whose requests act as the person named in their X-Actor header (see <see cref="ActorSignInHandler"/>).</summary>
    public new HttpClient CreateClient() => CreateDefaultClient(new ActorSignInHandler(this));

    public HttpClient CreateAnonymousClient() => CreateDefaultClient();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
