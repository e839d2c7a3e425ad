using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// The API accepts the sign-in cookie, which a browser sends along with requests another site makes. A state-changing
/// API call that does not carry a bearer token must therefore come from this site (Sec-Fetch-Site, else Origin);
/// the web app's own calls are same-origin, and bearer callers cannot be forged by another site.
/// </summary>
public static class CrossSiteRequestGuard
{
    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsForgeable(context.Request) && IsCrossSite(context.Request))
        {
            var texts = context.RequestServices.GetRequiredService<ProblemTexts>();
            await ProblemResponse.WriteAsync(context, texts.Problem(StatusCodes.Status403Forbidden, HostTexts.TitleForbidden, HostTexts.CrossSiteRequestRefused.With()));
            return;
        }
        await next(context);
    });

    private static bool IsForgeable(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsCrossSite(HttpRequest request)
    {
        // Browsers that send Sec-Fetch-Site say it themselves; "none" is the person typing the address.
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0) return fetchSite is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false; // not a browser: a script or tool has no cookie of someone else's
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
