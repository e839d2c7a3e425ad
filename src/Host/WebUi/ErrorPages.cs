using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// Errors a person's browser runs into (an unknown address, a forbidden page, a failure while rendering) are answered
/// with a page in the app's layout, in Spanish (/estado/{code}); the API and other programs keep getting problem
/// details as before.
/// </summary>
public static class ErrorPages
{
    public const string StatusPath = "/estado/{0}";

    /// <summary>A browser asking for a page: not the API, and HTML accepted (scripts, hubs and fetches do not ask for it).</summary>
    public static bool IsPageRequest(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>What the 500 page shows and the log carries, so a person's report finds its log entry.</summary>
    public static string TraceIdOf(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    /// <summary>
    /// Replaces UseStatusCodePages: pages re-execute /estado/{code} (with routing, so a Razor page answers), everything
    /// else gets problem details. Call it after UseExceptionHandler.
    /// </summary>
    public static WebApplication UseArchiveStatusPages(this WebApplication app)
    {
        // A fresh scope: the failed page may already have initialised this request's scoped services (NavigationManager).
        app.UseStatusCodePagesWithReExecute(StatusPath, createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context) && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            return next(context);
        });
        app.UseWhen(context => !IsPageRequest(context), api => api.UseStatusCodePages());
        app.UseMiddleware<PageFailures>();
        return app;
    }

    /// <summary>
    /// A page that throws while rendering becomes an empty 500, which the status pages turn into the Spanish error page.
    /// (The exception handler answers problem details, which a browser would show as raw JSON.)
    /// </summary>
    private sealed class PageFailures(RequestDelegate next, ILogger<PageFailures> logger)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (IsPageRequest(context) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(exception, "Page {Path} failed (trace {TraceId})", context.Request.Path, TraceIdOf(context));
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
    }
}
