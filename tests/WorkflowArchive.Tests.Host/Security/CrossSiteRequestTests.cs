using System.Net;
using System.Net.Http.Json;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>Another site cannot make a signed-in browser change anything through the API with its cookie.</summary>
public sealed class CrossSiteRequestTests : BareHostTest
{
    [Fact]
    public async Task A_cookie_only_post_from_another_site_is_refused_and_the_same_post_with_a_token_works()
    {
        var cookie = await CookieOfAsync("gestora");
        using var client = Factory.CreateAnonymousClient();

        var forged = await client.SendAsync(Logout(("Cookie", cookie), ("Origin", "https://evil.example")));
        var fetchedCrossSite = await client.SendAsync(Logout(("Cookie", cookie), ("Sec-Fetch-Site", "cross-site")));
        var sameSite = await client.SendAsync(Logout(("Cookie", cookie), ("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin")));
        var withToken = await client.SendAsync(Logout(("Authorization", "Bearer " + await ActorTokens.ForAsync(Factory, "gestora")), ("Origin", "https://evil.example")));

        Assert.Equal("cross-site-request-refused", (await forged.ProblemAsync(403)).Code());
        Assert.Equal("cross-site-request-refused", (await fetchedCrossSite.ProblemAsync(403)).Code());
        Assert.Equal(HttpStatusCode.NoContent, sameSite.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);
    }

    private static HttpRequestMessage Logout(params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private async Task<string> CookieOfAsync(string userName)
    {
        var (role, advisor) = TestActors.Of(userName);
        await Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync(userName, userName, role, advisor, TestActors.Password));
        using var anonymous = Factory.CreateAnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login?useCookies=true", new { userName, password = TestActors.Password });
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
