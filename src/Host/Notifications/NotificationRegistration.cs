using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

public static class NotificationRegistration
{
    public static IServiceCollection AddArchiveNotifications(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddScoped<NotificationAudience>();
        services.AddScoped<IOutboxHandler, SignalROutboxHandler>();
        // Browsers cannot set headers on a WebSocket: API clients may pass their bearer token as access_token on the hub URL.
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer =>
        {
            bearer.Events.OnMessageReceived = context =>
            {
                if (context.HttpContext.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is { Count: > 0 } token)
                    context.Token = token.ToString();
                return Task.CompletedTask;
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapArchiveNotifications(this IEndpointRouteBuilder app)
    {
        app.MapHub<NotificationHub>(NotificationHub.Path);
        return app;
    }
}
