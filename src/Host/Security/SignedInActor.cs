using System.Security.Claims;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Sets the scope's ambient actor (<see cref="ActorContext"/>) once, from whoever signed in: a request's user here, a
/// page's circuit user in UiWork. Use cases never set it themselves; a scope with nobody signed in acts as "sistema".
/// </summary>
public static class SignedInActor
{
    public static void SignIn(this ActorContext actor, ClaimsPrincipal user)
    {
        if (user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }) actor.SignIn(name);
    }

    /// <summary>After authentication and authorization, so the request's user is known (cookie or bearer token).</summary>
    public static IApplicationBuilder UseSignedInActor(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.RequestServices.GetRequiredService<ActorContext>().SignIn(context.User);
        return next(context);
    });
}
