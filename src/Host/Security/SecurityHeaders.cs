namespace WorkflowArchive.Host.Security;

/// <summary>
/// Headers every answer carries so a browser neither guesses content types, leaks addresses to other sites, nor shows
/// the app (or /scalar) inside another site's frame; the content policy lets in only this site's own scripts.
/// </summary>
public static class SecurityHeaders
{
    // MudBlazor writes inline styles; Blazor writes an inline import map; Blazor Server talks over a websocket to this
    // site ('self' covers ws/wss of the same host); bpmn-js draws with data: images. Nothing is loaded from elsewhere.
    private const string AppPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";

    // Scalar's page configures itself inline and fetches the OpenAPI document from this site; its fonts may come from its CDN.
    private const string ScalarPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' https:; "
        + "img-src 'self' data: https:; font-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            // Replaces Blazor's own (frame-ancestors 'self' only) with the whole policy.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ScalarPolicy : AppPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
