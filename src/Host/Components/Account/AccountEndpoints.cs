using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Components.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out for the web app: a form POST (with its antiforgery token) from the app bar.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cuenta/salir", async (IFormCollection _, SignInManager<ArchiveUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/ingresar");
        }).ExcludeFromDescription();
        return app;
    }
}
