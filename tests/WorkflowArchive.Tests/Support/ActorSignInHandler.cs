using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Lets a test say who acts with an X-Actor header: the handler signs that person in through the real login endpoint
/// (creating the account the first time) and sends their bearer token instead of the header. Tokens follow the
/// test's fake clock, so after a jump in time the person signs in again.
/// </summary>
public sealed class ActorSignInHandler(ArchiveApiFactory factory) : DelegatingHandler
{
    private static readonly TimeSpan TokenReuse = TimeSpan.FromMinutes(30);
    private static readonly ConcurrentDictionary<(ArchiveApiFactory, string, long), Lazy<Task<string>>> Tokens = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.TryGetValues("X-Actor", out var values))
        {
            var actor = values.First();
            request.Headers.Remove("X-Actor");
            var period = factory.Time.GetUtcNow().UtcTicks / TokenReuse.Ticks;
            var token = await Tokens.GetOrAdd((factory, actor, period), key => new Lazy<Task<string>>(() => SignInAsync(key.Item2))).Value;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> SignInAsync(string actor)
    {
        var (role, advisorCode) = TestActors.Of(actor);
        await factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync(actor, actor, role, advisorCode, TestActors.Password));
        using var anonymous = factory.CreateAnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = actor, password = TestActors.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
