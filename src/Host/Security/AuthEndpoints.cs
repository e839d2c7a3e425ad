using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

public sealed record LoginRequest(string UserName, string Password);

public sealed record CurrentUser(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? AdvisorCode);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");

        group.MapPost("/login", async (LoginRequest body, bool? useCookies, PasswordSignIn signIn, ProblemTexts texts) =>
        {
            signIn.Manager.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            if (await signIn.TryAsync(body.UserName, body.Password)) return Results.Empty;
            // One answer for a wrong password, an unknown name and a locked account: none tells a guesser more.
            return Results.Problem(texts.Problem(StatusCodes.Status401Unauthorized, HostTexts.TitleSignInFailed, HostTexts.SignInFailed.With()));
        }).AllowAnonymous()
          .WithSummary("Signs in. Answers a bearer token (access and refresh) for API clients, or sets the cookie with useCookies=true.");

        group.MapPost("/logout", async (SignInManager<ArchiveUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        }).RequireAuthorization();

        group.MapGet("/me", (ClaimsPrincipal user) => new CurrentUser(
            user.Identity!.Name!,
            user.FindFirstValue(ArchiveClaimTypes.DisplayName) ?? user.Identity.Name!,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            user.AdvisorCodeOf())).RequireAuthorization(Policies.Staff);
        return app;
    }
}
