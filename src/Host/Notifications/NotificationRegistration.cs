using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using StackExchange.Redis;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

public static class NotificationRegistration
{
    /// <summary>Channel prefix on the Redis backplane, so other applications on the same Redis do not hear our messages.</summary>
    public const string RedisChannelPrefix = "workflowarchive";

    public static IServiceCollection AddArchiveNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        // Several hosts: a message sent on one host reaches the clients connected to every other host through Redis.
        if (configuration["Redis:Connection"] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal(RedisChannelPrefix));
        services.AddScoped<NotificationAudience>();
        services.AddScoped<IOutboxHandler, SignalROutboxHandler>();
        services.AddScoped<IOutboxHandler, RequestOutboxHandler>();
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
