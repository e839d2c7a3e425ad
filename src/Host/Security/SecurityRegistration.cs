using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Security;

public static class SecurityRegistration
{
    /// <summary>
    /// Local accounts (ASP.NET Core Identity, hashed passwords, lockout) in the archive database. The browser signs in
    /// with a cookie, API clients with a bearer token from /api/auth/login; both meet the same policies.
    /// </summary>
    public static IServiceCollection AddArchiveSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions());
        services.AddIdentityApiEndpoints<ArchiveUser>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<SpanishIdentityErrorDescriber>()
            .AddEntityFrameworkStores<ArchiveDbContext>()
            .AddClaimsPrincipalFactory<ArchiveClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/ingresar";
            cookie.AccessDeniedPath = "/acceso-denegado";
            // API callers get status codes (as problem details), never a redirect to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => StatusOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        // Pages challenge with the cookie (a redirect to /ingresar); the cookie events below answer API and hub callers
        // with plain status codes instead, whether they came with a bearer token or nothing.
        services.Configure<AuthenticationOptions>(authentication =>
        {
            authentication.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            authentication.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.AddAuthorization(Policies.Configure);
        // One key ring in the database for every host: a token or cookie issued by one host is read by the others.
        services.AddDataProtection().SetApplicationName("WorkflowArchive").PersistKeysToDbContext<ArchiveDbContext>();
        services.AddScoped<TaskAccess>();
        services.AddScoped<PasswordSignIn>();
        services.AddSignInRateLimits(configuration);
        services.AddScoped<PolicyCheck>();
        services.AddScoped<UserSeeder>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<OwnPasswordChange>();
        return services;
    }

    private static readonly string[] StatusPaths = ["/api", "/hubs", "/hangfire", "/openapi"];

    private static Task StatusOrRedirect(HttpContext context, string redirectUri, int status)
    {
        // The API, its description, the hub and the Hangfire dashboard answer 401/403: only pages send a person to sign in.
        if (StatusPaths.Any(path => context.Request.Path.StartsWithSegments(path))) context.Response.StatusCode = status;
        else context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
