using System.Net.Http.Json;
using Bunit;
using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;
using UsersPage = WorkflowArchive.Host.Components.Pages.Users;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The Usuarios page over a booted host, as the administrator: the accounts it lists and what its forms and buttons change.</summary>
public sealed class UsersPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite, "admin")
{
    private const string Password = "Inicial.2027!";

    private async Task CreateAsync(string userName, string role, string? advisorCode = null) =>
        await (await Client.Http.PostAsJsonAsync("/api/users", new { userName, displayName = $"Nombre de {userName}", roles = new[] { role }, advisorCode, password = Password }))
            .ReadAsync<UserView>();

    private static IRenderedComponent<UsersPage> Open(PageHarness pages, string listedUser = "admin")
    {
        var page = pages.RenderPage<UsersPage>();
        page.WaitForElement($"[data-testid=user-row][data-user='{listedUser}']");
        return page;
    }

    /// <summary>Opens the new-user form and fills it in, as the administrator would before pressing "Crear usuario".</summary>
    private static void FillNewUser(IRenderedComponent<UsersPage> page, string userName, string password, string role)
    {
        page.Find("button[data-testid=new-user]").Click();
        page.Find("input[data-testid=user-name]").Change(userName);
        page.Find("input[data-testid=user-display-name]").Change("Rosa Vargas");
        page.Find("input[data-testid=user-password]").Change(password);
        page.Find($"input[data-testid=user-role][data-role={role}]").Change(true);
    }

    /// <summary>The table row of one account.</summary>
    private static AngleSharp.Dom.IElement Row(IRenderedComponent<UsersPage> page, string userName) =>
        page.Find($"[data-testid=user-row][data-user='{userName}']").ParentElement!;

    [Fact]
    public async Task The_administrator_sees_every_account_with_its_roles_advisor_code_and_lock()
    {
        await CreateAsync("rosa.vargas", Roles.DocumentManager);
        await CreateAsync("nuevo.asesor", Roles.Advisor, "lfernandez");
        await (await Client.Http.PostAsync("/api/users/rosa.vargas/lock", null)).ReadAsync<UserView>();
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");

        var page = Open(pages, "nuevo.asesor");

        Assert.Equal(["admin", "nuevo.asesor", "rosa.vargas"], page.FindAll("[data-testid=user-row]").Select(r => r.GetAttribute("data-user")));
        var advisor = Row(page, "nuevo.asesor");
        Assert.Contains("Asesor(a) Comercial", advisor.TextContent);
        Assert.Contains("lfernandez", advisor.TextContent);
        Assert.Contains("Activo", advisor.QuerySelector("[data-testid=user-state]")!.TextContent);
        var locked = Row(page, "rosa.vargas");
        Assert.Contains("Bloqueado", locked.QuerySelector("[data-testid=user-state]")!.TextContent);
        Assert.NotNull(locked.QuerySelector("button[data-testid=user-unlock]"));
        var me = Row(page, "admin");
        Assert.True(me.QuerySelector("button[data-testid=user-lock]")!.HasAttribute("disabled"), "nobody may lock their own account");
    }

    [Fact]
    public async Task Advisor_codes_already_linked_are_not_offered_and_new_accounts_show_the_pending_password_change()
    {
        await CreateAsync("ana", Roles.Advisor, "arojas");
        await CreateAsync("luis", Roles.Advisor, "lfernandez");
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = Open(pages, "luis");

        Assert.Contains("Debe cambiar la contraseña", Row(page, "luis").QuerySelector("[data-testid=user-state]")!.TextContent);
        Assert.Empty(Row(page, "admin").QuerySelectorAll("[data-testid=user-must-change-password]"));
        page.Find("button[data-testid=new-user]").Click();
        page.Find($"input[data-testid=user-role][data-role={Roles.Advisor}]").Change(true);

        page.WaitForAssertion(() => Assert.Contains("ya tienen usuario", page.Find("[data-testid=no-free-advisor-codes]").TextContent));
    }

    [Fact]
    public async Task The_administrator_creates_an_account_from_the_form_and_it_signs_in()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = Open(pages);

        FillNewUser(page, "rosa.vargas", Password, Roles.RetentionMonitor);
        page.Find("button[data-testid=user-save]").Click();

        page.WaitForElement("[data-testid=user-row][data-user='rosa.vargas']");
        Assert.Empty(page.FindAll("[data-testid=user-form]"));
        Assert.Contains("Usuario rosa.vargas creado.", pages.Messages);
        var (roles, signsIn) = await Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ArchiveUser>>();
            var user = (await users.FindByNameAsync("rosa.vargas"))!;
            return (await users.GetRolesAsync(user), await users.CheckPasswordAsync(user, Password));
        });
        Assert.Equal([Roles.RetentionMonitor], roles);
        Assert.True(signsIn);
    }

    [Fact]
    public async Task A_password_that_breaks_the_rules_is_explained_in_spanish_and_nothing_is_created()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = Open(pages);

        FillNewUser(page, "rosa.vargas", "corta", Roles.Requester);
        page.Find("button[data-testid=user-save]").Click();

        // The page shows Identity's complaint itself, in Spanish, not an English text wrapped in a Spanish sentence.
        page.WaitForAssertion(() => Assert.Contains(pages.Messages, m => m.Contains(HostTexts.IdentityPasswordTooShort.With(10).ToString())));
        Assert.NotEmpty(page.FindAll("[data-testid=user-form]"));
        Assert.Empty(page.FindAll("[data-testid=user-row][data-user='rosa.vargas']"));
    }

    [Fact]
    public async Task Lock_and_unlock_buttons_change_the_account_and_its_state()
    {
        await CreateAsync("rosa.vargas", Roles.DocumentManager);
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = Open(pages, "rosa.vargas");

        var row = Row(page, "rosa.vargas");
        row.QuerySelector("button[data-testid=user-lock]")!.Click();

        page.WaitForAssertion(() =>
        {
            var locked = Row(page, "rosa.vargas");
            Assert.Contains("Bloqueado", locked.QuerySelector("[data-testid=user-state]")!.TextContent);
        });
        Assert.True(await Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ArchiveUser>>();
            return await users.IsLockedOutAsync((await users.FindByNameAsync("rosa.vargas"))!);
        }));
        row = Row(page, "rosa.vargas");
        row.QuerySelector("button[data-testid=user-unlock]")!.Click();
        page.WaitForAssertion(() =>
        {
            var unlocked = Row(page, "rosa.vargas");
            Assert.Contains("Activo", unlocked.QuerySelector("[data-testid=user-state]")!.TextContent);
        });
    }
}
