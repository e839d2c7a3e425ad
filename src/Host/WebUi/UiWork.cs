using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// Runs one piece of page work in its own DI scope, as the signed-in user. A Blazor circuit lives for hours, so pages
/// never hold a DbContext: each click gets a fresh one, exactly like an API request, acting as the circuit's signed-in
/// user (the audit trail names them).
/// </summary>
public sealed class UiWork(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<T> RunAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> work)
    {
        var user = await UserAsync();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().SignIn(user);
        return await work(scope.ServiceProvider, user);
    }

    public Task<T> RunAsync<TService, T>(Func<TService, ClaimsPrincipal, Task<T>> work) where TService : notnull =>
        RunAsync((services, user) => work(services.GetRequiredService<TService>(), user));

    public async Task RunAsync<TService>(Func<TService, ClaimsPrincipal, Task> work) where TService : notnull =>
        await RunAsync<TService, bool>(async (service, user) => { await work(service, user); return true; });
}
