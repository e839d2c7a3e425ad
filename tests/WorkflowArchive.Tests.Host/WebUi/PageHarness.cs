using System.Reflection;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Renders staff pages with bUnit against a booted host, signed in as a test actor: the page's work runs in scopes of
/// the real host (its services, database and policies), only the browser and the circuit are bUnit's.
/// </summary>
public sealed class PageHarness : BunitContext
{
    /// <summary>Signs the actor in: their account exists in the host (created the first time), as it does behind a real sign-in.</summary>
    public static async Task<PageHarness> SignInAsync(ArchiveApiFactory factory, string actor)
    {
        var (role, advisorCode) = TestActors.Of(actor);
        await factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync(actor, actor, role, advisorCode, TestActors.Password));
        return new PageHarness(factory, actor);
    }

    private PageHarness(ArchiveApiFactory factory, string actor)
    {
        DefaultWaitTimeout = TimeSpan.FromSeconds(20);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddArchiveMudBlazor();

        var (role, advisorCode) = TestActors.Of(actor);
        var claims = advisorCode is null ? [] : new[] { new Claim(ArchiveClaimTypes.AdvisorCode, advisorCode) };
        var authorization = AddAuthorization();
        authorization.SetAuthorized(actor);
        authorization.SetRoles(role);
        authorization.SetClaims(claims);
        // AuthorizeView asks bUnit's fake authorization: tell it the policies the host grants this role.
        authorization.SetPolicies(PoliciesOf(factory, actor, role));

        Services.AddSingleton(factory.Services.GetRequiredService<BusinessCalendar>());
        Services.AddSingleton(factory.Services.GetRequiredService<ArchiveOptions>());
        Services.AddSingleton(factory.Services.GetRequiredService<TimeProvider>());
        Services.AddScoped(sp => new UiWork(factory.Services.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<AuthenticationStateProvider>()));
        Services.AddScoped<UiFeedback>();
        Services.AddScoped<TaskFeed>();
        Services.AddScoped<TaskDrafts>();
        // Pages run in an interactive server circuit (the layout starts live notifications only there).
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>The page, with the popover host MudBlazor's selects and menus render into.</summary>
    public IRenderedComponent<TPage> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null) where TPage : IComponent
    {
        Render<MudPopoverProvider>();
        return Render(parameters);
    }

    /// <summary>The messages the page showed in snackbars, oldest first.</summary>
    public IReadOnlyList<string> Messages => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();

    private static string[] PoliciesOf(ArchiveApiFactory factory, string actor, string role)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, actor), new Claim(ClaimTypes.Role, role)], "test"));
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        return typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(policy => authorization.AuthorizeAsync(user, policy).GetAwaiter().GetResult().Succeeded)
            .ToArray();
    }
}
