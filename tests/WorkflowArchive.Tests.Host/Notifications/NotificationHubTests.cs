using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Notifications;

/// <summary>Standard SignalR clients subscribed to /hubs/notifications hear of what their user may see, and of nothing else.</summary>
public sealed class NotificationHubTests
{
    [Fact]
    public async Task Subscribers_hear_of_tasks_for_their_role_or_their_own_sales_and_of_nothing_else()
    {
        await using var host = await StartAsync();
        await using var manager = await Subscriber.ConnectAsync(host, "gestora");
        await using var ana = await Subscriber.ConnectAsync(host, "ana.rojas");
        await using var luis = await Subscriber.ConnectAsync(host, "luis.fernandez");

        await ReturnToAdvisorAsync(host, "SF-2027-000950", "arojas");
        await ana.WaitForAsync(1);
        await ReturnToAdvisorAsync(host, "SF-2027-000951", "lfernandez");
        await luis.WaitForAsync(1);
        await ReturnToAdvisorAsync(host, "SF-2027-000952", "arojas");
        await ana.WaitForAsync(2);
        await RegisterAsync(host, "SF-2027-000953", "lfernandez");
        await manager.WaitForAsync(4);

        // SignalR keeps each connection's order: a message meant for someone else would have arrived before these.
        Assert.Equal(["SF-2027-000950", "SF-2027-000952"], ana.Created.Select(t => t.BusinessKey));
        Assert.All(ana.Created, t => Assert.Equal("Task_CorrectDocumentation", t.ElementId));
        Assert.Equal(["SF-2027-000951"], luis.Created.Select(t => t.BusinessKey));
        Assert.Equal(4, manager.Created.Count);
        Assert.All(manager.Created, t => Assert.Equal("Task_ReviewChecklist", t.ElementId));
    }

    [Fact]
    public async Task The_advisor_hears_when_a_returned_dossier_is_overdue()
    {
        await using var host = await StartAsync();
        await ReturnToAdvisorAsync(host, "SF-2027-000960", "arojas");

        host.Factory.Time.Advance(TimeSpan.FromDays(8));
        // She signs in on the eighth day: a connection opened before the jump would poll with a token eight days old,
        // which the host refuses as expired (so a poll that started after the jump lost the message).
        await using var ana = await Subscriber.ConnectAsync(host, "ana.rojas");
        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().AnnounceOverdueTasksAsync(CancellationToken.None));
        Assert.Equal(0, await host.Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().AnnounceOverdueTasksAsync(CancellationToken.None)));
        await DrainAsync(host);

        var overdue = await ana.Overdue.Task.WaitAsync(Eventually.DefaultDeadline);
        Assert.Equal("SF-2027-000960", overdue.BusinessKey);
    }

    [Fact]
    public async Task Nobody_connects_without_signing_in()
    {
        await using var host = await StartAsync();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Factory.Server.BaseAddress, "hubs/notifications"), options =>
            {
                options.HttpMessageHandlerFactory = _ => host.Factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
        Assert.Contains("401", error.Message);
    }

    private static async Task RegisterAsync(LifecycleHost host, string order, string advisor)
    {
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale(order, advisor));
        await host.RegisterBatchAsync(advisor, order);
        await DrainAsync(host);
    }

    private static async Task ReturnToAdvisorAsync(LifecycleHost host, string order, string advisor)
    {
        await RegisterAsync(host, order, advisor);
        await host.Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(order, "contrato"));
        await DrainAsync(host);
    }

    /// <summary>What the Hangfire drain does after each commit: deliver the outbox.</summary>
    private static Task<int> DrainAsync(LifecycleHost host) =>
        host.Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().DrainOutboxAsync(CancellationToken.None));

    private sealed class Subscriber : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly ConcurrentQueue<TaskNotification> _created = new();

        private Subscriber(HubConnection connection)
        {
            _connection = connection;
            connection.On<TaskNotification>("TaskCreated", task => _created.Enqueue(task));
            connection.On<TaskNotification>("TaskOverdue", task => Overdue.TrySetResult(task));
        }

        public IReadOnlyList<TaskNotification> Created => _created.ToList();
        public TaskCompletionSource<TaskNotification> Overdue { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static async Task<Subscriber> ConnectAsync(LifecycleHost host, string actor)
        {
            var connection = await InProcessHub.ConnectionForAsync(host, actor);
            var subscriber = new Subscriber(connection);
            await connection.StartAsync();
            return subscriber;
        }

        /// <summary>Waits (bounded, as a deadline, not a speed claim) until this many TaskCreated have arrived.</summary>
        public async Task WaitForAsync(int count)
        {
            await Eventually.TrueAsync(() => _created.Count >= count, () => $"expected {count} TaskCreated, got {_created.Count}");
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
