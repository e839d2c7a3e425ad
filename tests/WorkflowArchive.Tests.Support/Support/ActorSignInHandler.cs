using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Lets a test say who acts with an X-Actor header: the handler signs that person in through the real login endpoint
/// (creating the account the first time) and sends their bearer token instead of the header.
/// </summary>
public sealed class ActorSignInHandler(ArchiveApiFactory factory) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.TryGetValues("X-Actor", out var values))
        {
            var actor = values.First();
            request.Headers.Remove("X-Actor");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await ActorTokens.ForAsync(factory, actor));
        }
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Bearer tokens of test actors. They follow the test's fake clock: after a jump in time the person signs in again.</summary>
public static class ActorTokens
{
    private static readonly TimeSpan Reuse = TimeSpan.FromMinutes(30);
    private static readonly ConcurrentDictionary<(ArchiveApiFactory, string, long), Lazy<Task<string>>> Tokens = new();

    public static Task<string> ForAsync(ArchiveApiFactory factory, string actor)
    {
        var period = factory.Time.GetUtcNow().UtcTicks / Reuse.Ticks;
        return Tokens.GetOrAdd((factory, actor, period), key => new Lazy<Task<string>>(() => SignInAsync(key.Item1, key.Item2))).Value;
    }

    /// <summary>Drops the host's tokens: its next test starts on another database, where they mean nothing.</summary>
    public static void Forget(ArchiveApiFactory factory)
    {
        foreach (var key in Tokens.Keys.Where(k => k.Item1 == factory)) Tokens.TryRemove(key, out _);
    }

    private static async Task<string> SignInAsync(ArchiveApiFactory factory, string actor)
    {
        var (role, advisorCode) = TestActors.Of(actor);
        await factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync(actor, actor, role, advisorCode, TestActors.Password));
        using var anonymous = factory.CreateAnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = actor, password = TestActors.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
