using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>
/// Passwords an administrator chose (a new account, a reset) are changed at the first sign-in: until then pages send the
/// person to /cuenta/clave and the API answers 403 password-change-required. Advisor codes already linked are not offered.
/// </summary>
public abstract class FirstSignInPasswordTests(DatabaseProvider provider) : HostedTest(provider, "admin")
{
    private const string Initial = "Inicial.2027!";
    private const string Own = "Propia.2027#x";

    private HttpClient Http => Client.Http;

    private async Task CreateAsync(string userName, string role = Roles.DocumentManager, string? advisorCode = null) =>
        await (await Http.PostAsJsonAsync("/api/users", new { userName, displayName = "Rosa Vargas", roles = new[] { role }, advisorCode, password = Initial }))
            .ReadAsync<UserView>();

    private async Task<HttpClient> BearerAsync(string userName, string password)
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var token = (await (await anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password })).ReadAsync<JsonElement>())
            .GetProperty("accessToken").GetString();
        var client = Factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_new_account_uses_nothing_but_the_password_change_until_it_is_done()
    {
        await CreateAsync("rosa.vargas");
        Assert.True((await Http.GetAsync<UserView>("/api/users/rosa.vargas")).MustChangePassword);
        using var rosa = await BearerAsync("rosa.vargas", Initial);

        var refused = await (await rosa.GetAsync("/api/tasks")).ProblemAsync(403);
        Assert.Equal("password-change-required", refused.Code());
        Assert.True((await rosa.GetAsync<CurrentUser>("/api/auth/me")).MustChangePassword);
        var wrong = await (await rosa.PostAsJsonAsync("/api/auth/password", new { currentPassword = "otra", newPassword = Own })).ProblemAsync(422);
        Assert.Contains("current-password-wrong", wrong.FieldCodes("currentPassword"));
        var same = await (await rosa.PostAsJsonAsync("/api/auth/password", new { currentPassword = Initial, newPassword = Initial })).ProblemAsync(422);
        Assert.Contains("new-password-same-as-current", same.FieldCodes("newPassword"));

        var changed = await rosa.PostAsJsonAsync("/api/auth/password", new { currentPassword = Initial, newPassword = Own });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rosa.GetAsync("/api/tasks")).StatusCode);
        Assert.False((await Http.GetAsync<UserView>("/api/users/rosa.vargas")).MustChangePassword);
        var trail = await Http.GetAsync<List<AuditRecord>>($"/api/audit/{HandAuditedTypes.User}/rosa.vargas");
        Assert.Equal([("Created", "admin"), ("PasswordChanged", "rosa.vargas")], trail.Select(e => (e.Action, e.Actor)));

        // A reset by the administrator asks for a change again.
        (await Http.PostAsJsonAsync("/api/users/rosa.vargas/password", new { newPassword = "Reiniciada.2027!" })).EnsureSuccessStatusCode();
        using var again = await BearerAsync("rosa.vargas", "Reiniciada.2027!");
        Assert.Equal("password-change-required", (await (await again.GetAsync("/api/dossiers")).ProblemAsync(403)).Code());
    }

    [Fact]
    public async Task In_the_browser_every_page_leads_to_the_change_password_page_until_it_is_changed()
    {
        await CreateAsync("rosa.vargas");
        using var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { userName = "rosa.vargas", password = Initial })).EnsureSuccessStatusCode();

        foreach (var page in new[] { "/", "/expedientes", "/indicadores" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(PasswordChangeGate.PagePath, response.Headers.Location?.OriginalString);
        }
        var form = await browser.GetStringAsync(PasswordChangeGate.PagePath);
        Assert.Contains("Cambie su contraseña", form);
        Assert.Contains("data-testid=\"password-change-required\"", form);

        var changed = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/password")
        {
            Content = JsonContent.Create(new { currentPassword = Initial, newPassword = Own }),
            Headers = { { "Sec-Fetch-Site", "same-origin" } },
        });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Seeded_accounts_and_test_actors_are_not_asked_to_change_their_password()
    {
        var seeded = await Http.GetAsync<List<UserView>>("/api/users");

        Assert.All(seeded, u => Assert.False(u.MustChangePassword, u.UserName));
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task An_advisor_code_linked_to_an_account_is_neither_offered_nor_accepted_for_another()
    {
        var before = await Http.GetAsync<List<FreeAdvisorCode>>("/api/users/free-advisor-codes");
        Assert.Contains(before, a => a.Code == "lfernandez");
        await CreateAsync("luis", Roles.Advisor, "lfernandez");

        var forNew = await Http.GetAsync<List<FreeAdvisorCode>>("/api/users/free-advisor-codes");
        var forLuis = await Http.GetAsync<List<FreeAdvisorCode>>("/api/users/free-advisor-codes?forUser=luis");

        Assert.DoesNotContain(forNew, a => a.Code == "lfernandez");
        Assert.Contains(forNew, a => a.Code == "arojas");
        Assert.Contains(forLuis, a => a.Code == "lfernandez");
        var taken = await Http.PostAsJsonAsync("/api/users",
            new { userName = "otro", displayName = "Otro", roles = new[] { Roles.Advisor }, advisorCode = "lfernandez", password = Initial });
        Assert.Equal("user-advisor-code-taken", (await taken.ProblemAsync(409)).Code());
    }
}

public sealed class SqliteFirstSignInPasswordTests() : FirstSignInPasswordTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresFirstSignInPasswordTests() : FirstSignInPasswordTests(DatabaseProvider.Postgres);
