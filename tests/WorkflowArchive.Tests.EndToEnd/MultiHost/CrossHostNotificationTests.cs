using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>Two real hosts share PostgreSQL and the Redis backplane: a client connected to either hears of a task completed on the other, once.</summary>
[Collection(HostCollection.Name)]
[Trait("Provider", "Postgres")]
public sealed class CrossHostNotificationTests
{
    private const int Tasks = 12;

    [Fact]
    public async Task A_client_on_host_B_hears_of_a_task_completed_on_host_A_and_each_notification_arrives_once()
    {
        await using var cluster = await HostCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        // One key made by the first host to start, signed in on A, used on B: both hosts read the same Data Protection keys.
        Assert.Equal(1, await cluster.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys"));
        var token = await HostCluster.SignInAsync(a);
        using var onA = HostCluster.Client(a, token);
        using var onB = HostCluster.Client(b, token);
        await HostCluster.PublishAsync(onA, "mh-task", MultiHostDefinitions.OneTask);
        await HostCluster.StartInstancesAsync([onA, onB], "mh-task", Tasks, "N");

        await using var listenerOnA = await Listener.ConnectAsync(a, token);
        await using var listenerOnB = await Listener.ConnectAsync(b, token);
        var taskIds = await cluster.ColumnAsync<Guid>("SELECT \"Id\" FROM wf_user_tasks WHERE \"Status\" = 'Open'");
        Assert.Equal(Tasks, taskIds.Count);
        foreach (var taskId in taskIds)
            await (await onA.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { } })).ReadAsync<JsonElement>();

        await listenerOnB.WaitForAsync(taskIds, cluster);
        await listenerOnA.WaitForAsync(taskIds, cluster);
        Assert.Equal(Tasks, await cluster.WaitForCountAsync(
            "SELECT count(*) FROM wf_outbox WHERE \"Type\" = 'TaskCompleted' AND \"ProcessedAt\" IS NOT NULL", Tasks));
        // A marker sent after everything else: once both clients heard it, a second delivery of an earlier message would have too.
        await HostCluster.StartInstancesAsync([onB], "mh-task", 1, "MARKER");
        var marker = Assert.Single(await cluster.ColumnAsync<Guid>("SELECT \"Id\" FROM wf_user_tasks WHERE \"Status\" = 'Open'"));
        await (await onB.PostAsJsonAsync($"/api/tasks/{marker}/complete", new { variables = new { } })).ReadAsync<JsonElement>();
        await listenerOnA.WaitForAsync([marker], cluster);
        await listenerOnB.WaitForAsync([marker], cluster);
        Assert.All(taskIds, id => Assert.Equal(1, listenerOnB.TimesHeard(id)));
        Assert.All(taskIds, id => Assert.Equal(1, listenerOnA.TimesHeard(id)));
    }

    private sealed class Listener : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly ConcurrentDictionary<Guid, int> _completed = new();

        private Listener(HubConnection connection)
        {
            _connection = connection;
            connection.On<TaskNotification>("TaskCompleted", task => _completed.AddOrUpdate(task.TaskId, 1, (_, n) => n + 1));
        }

        public static async Task<Listener> ConnectAsync(HostProcess host, string token)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(host.BaseAddress, "hubs/notifications"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .Build();
            var listener = new Listener(connection);
            await connection.StartAsync();
            return listener;
        }

        public int TimesHeard(Guid taskId) => _completed.GetValueOrDefault(taskId);

        /// <summary>Waits (bounded, as a deadline) until every task's completion was heard.</summary>
        public async Task WaitForAsync(IReadOnlyCollection<Guid> taskIds, HostCluster cluster)
        {
            await Eventually.TrueAsync(() => taskIds.All(_completed.ContainsKey),
                () => $"heard {taskIds.Count(_completed.ContainsKey)} of {taskIds.Count} completions\n{cluster.Outputs}");
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
