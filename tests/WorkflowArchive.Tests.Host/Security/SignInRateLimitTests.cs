using System.Net;
using System.Net.Http.Json;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>Guessing passwords is throttled before it reaches the accounts; every failure reads the same.</summary>
public sealed class SignInRateLimitTests
{
    private static readonly SignInLimitOptions Shipped = new();

    [Fact]
    public async Task Thirty_rapid_failed_sign_ins_are_throttled_with_retry_after()
    {
        await using var host = await StartAsync();
        using var client = host.Factory.CreateAnonymousClient();

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 30; attempt++)
            answers.Add(await client.PostAsJsonAsync("/api/auth/login", new { userName = $"nadie{attempt}", password = "incorrecta" }));

        var throttled = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(30 - Shipped.PermitsPerAddress, throttled.Count);
        Assert.Equal("sign-in-throttled", (await throttled[0].ProblemAsync(429)).Code());
        Assert.True(throttled[0].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.All(answers.Take(Shipped.PermitsPerAddress), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
    }

    [Fact]
    public async Task One_user_name_is_throttled_on_the_sign_in_page_too_and_a_throttled_attempt_does_not_lock_the_account()
    {
        await using var host = await StartAsync(("Security:SignInLimit:PermitsPerUserName", "3"));
        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync("gestora", "Gestora", Roles.DocumentManager, null, TestActors.Password));
        using var client = host.Factory.CreateAnonymousClient();

        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Equal("sign-in-failed", (await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "gestora", password = "incorrecta" })).ProblemAsync(401)).Code());
        var page = await client.PostAsync("/ingresar", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "GESTORA", ["Input.Password"] = "incorrecta" }));

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var user = await host.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ArchiveUser>>().FindByNameAsync("gestora"))!);
        Assert.Equal(3, user.AccessFailedCount);
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_user_and_a_locked_account_read_the_same()
    {
        await using var host = await StartAsync();
        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync("gestora", "Gestora", Roles.DocumentManager, null, TestActors.Password));
        using var client = host.Factory.CreateAnonymousClient();

        var unknown = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "nadie", password = "incorrecta" })).ProblemAsync(401);
        var wrong = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "gestora", password = "incorrecta" })).ProblemAsync(401);

        Assert.Equal(unknown.GetProperty("detail").GetString(), wrong.GetProperty("detail").GetString());
        Assert.Equal("sign-in-failed", unknown.Code());
    }

    private static async Task<OwnHost> StartAsync(params (string Key, string Value)[] overrides)
    {
        // The test host lifts the limits (the suite signs in hundreds of times); here they are the shipped ones.
        var settings = new Dictionary<string, string>
        {
            ["Security:SignInLimit:PermitsPerAddress"] = Shipped.PermitsPerAddress.ToString(),
            ["Security:SignInLimit:PermitsPerUserName"] = "1000",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        return new OwnHost(new ArchiveApiFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), settings));
    }
}
