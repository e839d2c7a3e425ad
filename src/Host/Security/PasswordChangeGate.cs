using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Someone signed in with a password an administrator chose (<see cref="ArchiveUser.MustChangePassword"/>) uses nothing
/// until they change it: pages send them to <see cref="PagePath"/>, the API answers 403 <c>password-change-required</c>.
/// The sign-in's claim says so without a lookup; only then is the account read, so a change made a moment ago (whose
/// bearer token still carries the claim) counts at once.
/// </summary>
public static class PasswordChangeGate
{
    public const string PagePath = "/cuenta/clave";
    public const string ApiPath = "/api/auth/password";

    /// <summary>What a person with a pending change may still reach: the change itself, sign-out, and the files pages need.</summary>
    private static readonly string[] Open = [PagePath, ApiPath, "/api/auth/logout", "/api/auth/login", "/api/auth/me", "/cuenta/salir", "/ingresar", "/_framework", "/_content", "/dist", "/css", "/favicon", "/health"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(ArchiveClaimTypes.MustChangePassword, "true")
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path))
            && !Path.HasExtension(context.Request.Path.Value)
            && await StillPendingAsync(context))
        {
            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/_blazor"))
            {
                var texts = context.RequestServices.GetRequiredService<ProblemTexts>();
                await ProblemResponse.WriteAsync(context, texts.Problem(StatusCodes.Status403Forbidden, HostTexts.TitleForbidden, HostTexts.PasswordChangeRequired.With()));
                return;
            }
            context.Response.Redirect(PagePath);
            return;
        }
        await next(context);
    });

    private static async Task<bool> StillPendingAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<ArchiveUser>>();
        return await users.GetUserAsync(context.User) is { MustChangePassword: true };
    }
}
