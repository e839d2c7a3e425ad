using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WorkflowArchive.Host.Persistence;
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
    private static readonly DateTimeOffset Start = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Fake time whose local zone is the archive's, as the host's own clock (ArchiveClock) is.</summary>
    public FakeTimeProvider Time { get; private set; } = LaPazTime(Start);

    /// <summary>The database the host works on now.</summary>
    public TestDatabase Database { get; private set; } = database;

    /// <summary>Serve the web app's CSS and scripts (MudBlazor, the bundled modules) as in Development, for browser tests.</summary>
    public bool ServeStaticWebAssets { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (ServeStaticWebAssets) builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Background:RunServer", "false");
        builder.UseSetting("Background:Scheduler", "InProcess");
        builder.UseSetting("Workflows:Folder", ShippedFiles.WorkflowsFolder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (settings?.GetValueOrDefault("Background:RunServer") == "true" && settings.ContainsKey("Background:Scheduler") is false)
            builder.UseSetting("Background:Scheduler", "Hangfire");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new TestClock(() => Time));
            // PBKDF2 at its production cost is most of a sign-in; the tests sign in hundreds of times.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1);
            testServices?.Invoke(services);
        });
    }

    /// <summary>
    /// Points this booted host at another database of the same store and starts its time over, for the next test of a
    /// <see cref="HostPool"/>. The host keeps nothing else between requests that a test could see.
    /// </summary>
    internal void MoveTo(TestDatabase next)
    {
        if (next.Provider != Database.Provider) throw new ArgumentException("A host cannot change its store.", nameof(next));
        Services.GetRequiredService<DatabaseOptions>().ConnectionString = next.ConnectionString;
        Database = next;
        Time = LaPazTime(Start);
        ActorTokens.Forget(this);
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

    /// <summary>The connection string as the host's contexts report it (PostgreSQL's completed by the host), to watch their commands.</summary>
    public Task<string> ConnectionStringAsync() =>
        InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ArchiveDbContext>().Database.GetConnectionString()!));
}
