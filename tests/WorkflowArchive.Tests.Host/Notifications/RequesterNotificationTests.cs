using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Notifications;

/// <summary>A requester hears, live, what became of her own request (delivered, not found, overdue), and never of someone else's.</summary>
public sealed class RequesterNotificationTests
{
    private const string Order = "SF-2027-000970";

    [Fact]
    public async Task Each_requester_hears_of_her_own_requests_only_and_staff_hear_no_request_news()
    {
        await using var host = await StartAsync();
        await host.ArchiveAsync(DomainSeed.Sale(Order));
        await using var carla = await Listener.ConnectAsync(host, "carla");
        await using var pedro = await Listener.ConnectAsync(host, "pedro");
        await using var manager = await Listener.ConnectAsync(host, "gestora");
        var carlas = await AskAsync(host, "carla");
        var pedros = await AskAsync(host, "pedro");

        await host.Client.WorkAsync(Manager, carlas, "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy", ["dossierOrderNumber"] = Order });
        await DrainAsync(host);
        await carla.WaitForAsync(1);

        await host.Client.WorkAsync(Manager, pedros, "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "not-found", ["notFoundReason"] = "Venta anterior al archivo" });
        await DrainAsync(host);
        await pedro.WaitForAsync(1);

        // SignalR keeps each connection's order: news of Carla's request would have reached Pedro before his own.
        Assert.Equal([(carlas, "carla", "Recovered")], carla.Heard.Select(n => (n.Number, n.RequestedBy, n.Status)));
        Assert.Equal([(pedros, "pedro", "NotFound")], pedro.Heard.Select(n => (n.Number, n.RequestedBy, n.Status)));
        Assert.Empty(manager.Heard);
    }

    [Fact]
    public async Task The_requester_hears_when_her_unanswered_request_passes_its_deadline()
    {
        await using var host = await StartAsync();
        await using var carla = await Listener.ConnectAsync(host, "carla");
        await using var pedro = await Listener.ConnectAsync(host, "pedro");
        var number = await AskAsync(host, "carla");
        await DrainAsync(host);

        host.Factory.Time.Advance(TimeSpan.FromDays(20));
        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().AnnounceOverdueTasksAsync(CancellationToken.None));
        await DrainAsync(host);

        await carla.WaitForAsync(1);
        Assert.Equal((number, "Overdue"), (carla.Heard[0].Number, carla.Heard[0].Status));
        Assert.Empty(pedro.Heard);
    }

    private static async Task<string> AskAsync(LifecycleHost host, string requester)
    {
        var created = await host.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Order, reason = "Reclamo ATT" }, requester).ReadAsyncFrom<JsonElement>();
        return created.GetProperty("number").GetString()!;
    }

    /// <summary>What the Hangfire drain does after each commit: deliver the outbox.</summary>
    private static Task<int> DrainAsync(LifecycleHost host) =>
        host.Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().DrainOutboxAsync(CancellationToken.None));

    private sealed class Listener : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly ConcurrentQueue<RequestNotification> _heard = new();

        private Listener(HubConnection connection)
        {
            _connection = connection;
            connection.On<RequestNotification>("RequestUpdated", request => _heard.Enqueue(request));
        }

        public IReadOnlyList<RequestNotification> Heard => _heard.ToList();

        public static async Task<Listener> ConnectAsync(LifecycleHost host, string actor)
        {
            var connection = await InProcessHub.ConnectionForAsync(host, actor);
            var listener = new Listener(connection);
            await connection.StartAsync();
            return listener;
        }

        public Task WaitForAsync(int count) =>
            Eventually.TrueAsync(() => _heard.Count >= count, () => $"expected {count} RequestUpdated, got {_heard.Count}");

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
