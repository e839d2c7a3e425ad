using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

public sealed record LoginRequest(string UserName, string Password);

/// <summary>Who is signed in; <see cref="MustChangePassword"/> says every other call answers 403 until POST /api/auth/password.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? AdvisorCode, bool MustChangePassword = false);

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

        group.MapPost("/password", ChangeOwnPasswordAsync).RequireAuthorization()
            .WithSummary("Changes the caller's own password. Required after an administrator created the account or reset its password: until then every other endpoint answers 403 password-change-required.");

        group.MapGet("/me", (ClaimsPrincipal user) => new CurrentUser(
            user.Identity!.Name!,
            user.FindFirstValue(ArchiveClaimTypes.DisplayName) ?? user.Identity.Name!,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            user.AdvisorCodeOf(),
            user.HasClaim(ArchiveClaimTypes.MustChangePassword, "true"))).RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<NoContent> ChangeOwnPasswordAsync(OwnPasswordInput body, HttpContext http, OwnPasswordChange passwords,
        SignInManager<ArchiveUser> signIn, CancellationToken ct)
    {
        var account = await passwords.ChangeAsync(http.User, body.CurrentPassword, body.NewPassword, ct);
        // A browser session gets its cookie again without the pending-change claim; a bearer caller keeps its token.
        if (http.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme) await signIn.RefreshSignInAsync(account);
        return TypedResults.NoContent();
    }
}
