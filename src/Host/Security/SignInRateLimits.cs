using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Throttles every way in (the API's login and the sign-in page's form) per client address and per user name, before
/// Identity sees the attempt: a refused attempt never counts towards the account's lockout, so guessing from many
/// addresses is slowed by the user-name window and guessing many names from one address by the address window.
/// </summary>
public static class SignInRateLimits
{
    private const string UserNameItem = "sign-in-user-name";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(SignInLimitOptions.Section).Get<SignInLimitOptions>() ?? new SignInLimitOptions();
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(context => context.Connection.RemoteIpAddress?.ToString() ?? "unknown", limits.PermitsPerAddress, window),
                Limiter(context => context.Items[UserNameItem] as string ?? "", limits.PermitsPerUserName, window));
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                var texts = rejected.HttpContext.RequestServices.GetRequiredService<ProblemTexts>();
                await ProblemResponse.WriteAsync(rejected.HttpContext,
                    texts.Problem(StatusCodes.Status429TooManyRequests, HostTexts.TitleSignInFailed, HostTexts.SignInThrottled.With()));
            };
        });
        return services;
    }

    /// <summary>Reads the user name a sign-in names (the body stays readable for the endpoint), then applies the limits.</summary>
    public static IApplicationBuilder UseSignInRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignIn(context.Request)) context.Items[UserNameItem] = (await UserNameOfAsync(context.Request)).Trim().ToUpperInvariant();
            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(Func<HttpContext, string> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(""));

    private static bool IsSignIn(HttpRequest request) => HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/ingresar", StringComparison.OrdinalIgnoreCase));

    private static async Task<string> UserNameOfAsync(HttpRequest request)
    {
        if (request.HasFormContentType) return (await request.ReadFormAsync()).TryGetValue("Input.UserName", out var name) ? name.ToString() : "";
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("userName") || p.Name.Equals("userName", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } property
                ? property.Value.GetString()! : "";
        }
        catch (JsonException)
        {
            return ""; // the endpoint says what is wrong with the body
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
