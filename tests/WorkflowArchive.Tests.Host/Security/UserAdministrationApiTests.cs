using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>/api/users as the administrator: accounts created, changed, reset and locked, then tried at the real sign-in.</summary>
public abstract class UserAdministrationApiTests(DatabaseProvider provider) : HostedTest(provider, "admin")
{
    private const string Password = "Inicial.2027!";

    private HttpClient Http => Client.Http;

    private static object NewUser(string userName, string role = Roles.DocumentManager, string? advisorCode = null, string password = Password,
        string displayName = "Rosa Vargas") => new { userName, displayName, roles = new[] { role }, advisorCode, password };

    private async Task<UserView> CreateAsync(object body) => await (await Http.PostAsJsonAsync("/api/users", body)).ReadAsync<UserView>();

    private async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        using var anonymous = Factory.CreateAnonymousClient();
        return await anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password });
    }

    private async Task<CurrentUser> WhoAmIAsync(string userName, string password)
    {
        var token = (await (await SignInAsync(userName, password)).ReadAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var anonymous = Factory.CreateAnonymousClient();
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await anonymous.GetAsync<CurrentUser>("/api/auth/me");
    }

    [Fact]
    public async Task A_created_user_is_listed_and_signs_in_with_the_initial_password()
    {
        var created = await Http.PostAsJsonAsync("/api/users", NewUser("rosa.vargas"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/users/rosa.vargas", created.Headers.Location?.OriginalString);
        var listed = Assert.Single(await Http.GetAsync<List<UserView>>("/api/users"), u => u.UserName == "rosa.vargas");
        Assert.Equal(("Rosa Vargas", null, false), (listed.DisplayName, listed.AdvisorCode, listed.LockedOut));
        Assert.Equal([Roles.DocumentManager], listed.Roles);
        var me = await WhoAmIAsync("rosa.vargas", Password);
        Assert.Equal(("rosa.vargas", "Rosa Vargas"), (me.UserName, me.DisplayName));
    }

    [Fact]
    public async Task An_advisor_account_carries_the_code_of_a_registered_advisor()
    {
        var missing = await Http.PostAsJsonAsync("/api/users", NewUser("nuevo.asesor", Roles.Advisor));
        var unknown = await Http.PostAsJsonAsync("/api/users", NewUser("nuevo.asesor", Roles.Advisor, advisorCode: "nadie"));
        var notAnAdvisor = await Http.PostAsJsonAsync("/api/users", NewUser("nuevo.gestor", Roles.DocumentManager, advisorCode: "lfernandez"));

        Assert.Equal("user-advisor-code-required", (await missing.ProblemAsync(400)).Code());
        Assert.Equal("user-advisor-unknown", (await unknown.ProblemAsync(400)).Code());
        Assert.Equal("user-advisor-code-not-allowed", (await notAnAdvisor.ProblemAsync(400)).Code());
        var advisor = await CreateAsync(NewUser("nuevo.asesor", Roles.Advisor, advisorCode: "lfernandez"));
        Assert.Equal("lfernandez", advisor.AdvisorCode);
        Assert.Equal("lfernandez", (await WhoAmIAsync("nuevo.asesor", Password)).AdvisorCode);
        var taken = await Http.PostAsJsonAsync("/api/users", NewUser("otro.asesor", Roles.Advisor, advisorCode: "lfernandez"));
        var takenProblem = await taken.ProblemAsync(409);
        Assert.Equal("user-advisor-code-taken", takenProblem.Code());
        Assert.Contains("nuevo.asesor", takenProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Changed_roles_apply_at_the_next_sign_in_and_the_change_is_audited()
    {
        await CreateAsync(NewUser("mario", Roles.RetentionMonitor, displayName: "Mario"));

        var changed = await (await Http.PutAsJsonAsync("/api/users/mario",
            new { displayName = "Mario Quispe", roles = new[] { Roles.ProcessOwner, Roles.RetentionMonitor } })).ReadAsync<UserView>();

        Assert.Equal("Mario Quispe", changed.DisplayName);
        Assert.Equal([Roles.RetentionMonitor, Roles.ProcessOwner], changed.Roles);
        Assert.Equal([Roles.ProcessOwner, Roles.RetentionMonitor], (await WhoAmIAsync("mario", Password)).Roles.Order());
        var trail = await Http.GetAsync<List<AuditRecord>>($"/api/audit/{HandAuditedTypes.User}/mario");
        Assert.Equal([("Created", "admin"), ("Modified", "admin")], trail.Select(e => (e.Action, e.Actor)));
        var roles = trail[1].Changes.Single(c => c.Property == "Roles");
        Assert.Equal([Roles.RetentionMonitor], roles.Before!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal([Roles.ProcessOwner, Roles.RetentionMonitor], roles.After!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.DoesNotContain(trail.SelectMany(e => e.Changes), c => c.Property.Contains("Hash"));
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        await CreateAsync(NewUser("rosa.vargas"));

        var reset = await Http.PostAsJsonAsync("/api/users/rosa.vargas/password", new { newPassword = "Cambiada.2027#" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal("rosa.vargas", (await WhoAmIAsync("rosa.vargas", "Cambiada.2027#")).UserName);
        await (await SignInAsync("rosa.vargas", Password)).ProblemAsync(401);
        var weak = await Http.PostAsJsonAsync("/api/users/rosa.vargas/password", new { newPassword = "corta" });
        var weakProblem = await weak.ProblemAsync(422);
        Assert.Contains("identity-password-too-short", weakProblem.FieldCodes("newPassword"));
        Assert.Contains(HostTexts.IdentityPasswordTooShort.With(10).ToString(),
            weakProblem.GetProperty("errors").GetProperty("newPassword").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_locked_account_is_refused_at_sign_in_until_it_is_unlocked()
    {
        await CreateAsync(NewUser("rosa.vargas"));

        var locked = await (await Http.PostAsync("/api/users/rosa.vargas/lock", null)).ReadAsync<UserView>();

        Assert.True(locked.LockedOut);
        Assert.True(AccountLock.IsByAdministrator(locked.LockedUntil));
        Assert.Equal("sign-in-failed", (await (await SignInAsync("rosa.vargas", Password)).ProblemAsync(401)).Code());
        var unlocked = await (await Http.PostAsync("/api/users/rosa.vargas/unlock", null)).ReadAsync<UserView>();
        Assert.False(unlocked.LockedOut);
        Assert.Equal("rosa.vargas", (await WhoAmIAsync("rosa.vargas", Password)).UserName);
        var trail = await Http.GetAsync<List<AuditRecord>>($"/api/audit/{HandAuditedTypes.User}/rosa.vargas");
        Assert.Equal(["Created", "Locked", "Unlocked"], trail.Select(e => e.Action));
    }

    [Theory]
    [InlineData("""{"userName":"","displayName":"X","roles":["solicitante"],"password":"Inicial.2027!"}""", 400, "user-name-required")]
    [InlineData("""{"userName":"x","displayName":" ","roles":["solicitante"],"password":"Inicial.2027!"}""", 400, "user-display-name-required")]
    [InlineData("""{"userName":"x","displayName":"X","roles":[],"password":"Inicial.2027!"}""", 400, "user-roles-required")]
    [InlineData("""{"userName":"x","displayName":"X","roles":["jefe"],"password":"Inicial.2027!"}""", 400, "user-roles-unknown")]
    [InlineData("""{"userName":"x","displayName":"X","roles":["solicitante"],"password":"sencilla"}""", 422, "identity-password-too-short")]
    [InlineData("""{"userName":"con espacio","displayName":"X","roles":["solicitante"],"password":"Inicial.2027!"}""", 422, "identity-invalid-user-name")]
    [InlineData("""{"userName":"admin","displayName":"X","roles":["solicitante"],"password":"Inicial.2027!"}""", 409, "user-exists")]
    [InlineData("""{"userName":"x","displayName":"X","roles":"solicitante"}""", 400, "body-not-json")]
    public async Task Bad_input_is_refused_with_a_problem_that_says_what_is_wrong(string body, int status, string code)
    {
        await Http.GetAsync<List<UserView>>("/api/users");

        var response = await Http.PostAsync("/api/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(code, (await response.ProblemAsync(status)).Codes());
        Assert.DoesNotContain(await Http.GetAsync<List<UserView>>("/api/users"), u => u.UserName is "x" or "con espacio");
    }

    [Fact]
    public async Task An_unknown_user_is_404()
    {
        Assert.Equal("user-not-found", (await (await Http.PostAsync("/api/users/nadie/lock", null)).ProblemAsync(404)).Code());
    }

    [Fact]
    public async Task An_administrator_can_neither_lock_themselves_out_nor_drop_their_own_administrator_role()
    {
        var lockSelf = await Http.PostAsync("/api/users/admin/lock", null);
        var demoteSelf = await Http.PutAsJsonAsync("/api/users/admin", new { displayName = "Administrador", roles = new[] { Roles.DocumentManager } });

        Assert.Equal("user-self-lock", (await lockSelf.ProblemAsync(400)).Code());
        Assert.Equal("user-self-demotion", (await demoteSelf.ProblemAsync(400)).Code());
        var admin = await Http.GetAsync<UserView>("/api/users/admin");
        Assert.Equal([Roles.Administrator], admin.Roles);
        Assert.False(admin.LockedOut);
    }
}

public sealed class SqliteUserAdministrationApiTests() : UserAdministrationApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresUserAdministrationApiTests() : UserAdministrationApiTests(DatabaseProvider.Postgres);
