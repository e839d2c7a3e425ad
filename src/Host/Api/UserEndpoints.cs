using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Staff accounts, for administrators: the same use cases as the Usuarios page.</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Administration);

        group.MapGet("/", (HttpContext http, UserAdministration accounts, CancellationToken ct) => accounts.ListAsync(http.User, ct))
            .WithSummary("Every staff account: roles, advisor code, and whether it is locked.");

        group.MapGet("/free-advisor-codes", (string? forUser, HttpContext http, UserAdministration accounts, CancellationToken ct) =>
                accounts.FreeAdvisorCodesAsync(forUser, http.User, ct))
            .WithSummary("The advisor codes no account carries (plus forUser's own): the ones a new or edited advisor account may take.");

        group.MapGet("/{userName}", (string userName, HttpContext http, UserAdministration accounts, CancellationToken ct) =>
            accounts.ReadAsync(userName, http.User, ct));

        group.MapPost("/", async (NewUserInput body, HttpContext http, UserAdministration accounts, CancellationToken ct) =>
        {
            var user = await accounts.CreateAsync(body, http.User, ct);
            return Results.Created($"/api/users/{Uri.EscapeDataString(user.UserName)}", user);
        }).WithSummary("Creates an account with its roles, an initial password (at least 10 characters, upper and lower case, a digit and a symbol) and, for advisors, their advisor code.");

        group.MapPut("/{userName}", (string userName, UserChangesInput body, HttpContext http, UserAdministration accounts, CancellationToken ct) =>
                accounts.UpdateAsync(userName, body, http.User, ct))
            .WithSummary("Replaces the display name, roles and advisor code. Nobody can remove their own administrator role.");

        group.MapPost("/{userName}/password", async (string userName, PasswordResetInput body, HttpContext http, UserAdministration accounts,
            CancellationToken ct) =>
        {
            await accounts.ResetPasswordAsync(userName, body.NewPassword, http.User, ct);
            return Results.NoContent();
        }).WithSummary("Sets a new password chosen by the administrator.");

        group.MapPost("/{userName}/lock", (string userName, HttpContext http, UserAdministration accounts, CancellationToken ct) =>
                accounts.LockAsync(userName, http.User, ct))
            .WithSummary("Locks the account until an administrator unlocks it. Nobody can lock their own account.");

        group.MapPost("/{userName}/unlock", (string userName, HttpContext http, UserAdministration accounts, CancellationToken ct) =>
                accounts.UnlockAsync(userName, http.User, ct))
            .WithSummary("Unlocks the account, whether an administrator or failed sign-ins locked it.");
        return app;
    }
}
