using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Notifications;

/// <summary>A client of /hubs/notifications on the in-process test server, signed in as the actor (not yet started).</summary>
internal static class InProcessHub
{
    public static async Task<HubConnection> ConnectionForAsync(LifecycleHost host, string actor)
    {
        var token = await ActorTokens.ForAsync(host.Factory, actor);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(host.Factory.Server.BaseAddress, "hubs/notifications"), options =>
            {
                options.HttpMessageHandlerFactory = _ => host.Factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
    }
}
