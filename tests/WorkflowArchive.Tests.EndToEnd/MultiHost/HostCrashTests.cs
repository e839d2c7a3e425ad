using System.Net;
using System.Net.Http.Json;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>A host killed (SIGKILL) in the middle of a run of task completions loses no move and doubles none.</summary>
[Collection(HostCollection.Name)]
[Trait("Provider", "Postgres")]
public sealed class HostCrashTests
{
    private const int Completions = 120;
    private const int KillAfter = 40;

    [Fact]
    public async Task Killing_a_host_during_120_completions_leaves_every_instance_consistent_after_restart()
    {
        await using var cluster = await HostCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        var token = await HostCluster.SignInAsync(a);
        using var onA = HostCluster.Client(a, token);
        using var onB = HostCluster.Client(b, token);
        await HostCluster.PublishAsync(onA, "mh-task", MultiHostDefinitions.OneTask);
        await HostCluster.StartInstancesAsync([onA, onB], "mh-task", Completions, "K");
        var taskIds = await cluster.ColumnAsync<Guid>("SELECT \"Id\" FROM wf_user_tasks WHERE \"Status\" = 'Open' ORDER BY \"BusinessKey\"");
        Assert.Equal(Completions, taskIds.Count);

        var answered = 0;
        var killed = Task.CompletedTask;
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(taskIds.Select(async (taskId, i) =>
        {
            await gate.WaitAsync();
            try
            {
                // Half the requests go to A, as a load balancer would send them; what A cannot answer is sent to B.
                await CompleteAsync(i % 2 == 0 ? onA : onB, onB, taskId);
                if (Interlocked.Increment(ref answered) == KillAfter) killed = a.KillAsync();
            }
            finally { gate.Release(); }
        }));
        await killed;
        Assert.True(a.HasExited);

        var restarted = await cluster.StartHostAsync("A again", port: a.Port);
        Assert.Equal(Completions, await cluster.WaitForCountAsync("SELECT count(*) FROM wf_instances WHERE \"Status\" = 'Completed'", Completions));
        Assert.Equal(Completions, await cluster.ScalarAsync<long>("SELECT count(*) FROM wf_user_tasks WHERE \"Status\" = 'Completed'"));
        Assert.Equal(0, await cluster.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT \"InstanceId\" FROM wf_journal WHERE \"Action\" IN ('TaskCompleted', 'Completed') GROUP BY \"InstanceId\", \"Action\" HAVING count(*) <> 1) doubled"));
        Assert.Equal(Completions, await cluster.ScalarAsync<long>("SELECT count(*) FROM wf_journal WHERE \"Action\" = 'TaskCompleted'"));
        // Whatever A had leased when it died is delivered by the others once the lease ends.
        var undelivered = await cluster.WaitForCountAsync("SELECT count(*) FROM wf_outbox WHERE \"ProcessedAt\" IS NULL", 0);
        Assert.True(undelivered == 0, $"{undelivered} outbox messages undelivered\n{cluster.Outputs}");
        Assert.Equal(Completions, await cluster.ScalarAsync<long>("SELECT count(*) FROM wf_outbox WHERE \"Type\" = 'TaskCompleted'"));
        // The restarted host serves with the same keys: the token issued before the crash still works there.
        using var onRestarted = HostCluster.Client(restarted, token);
        Assert.Equal(HttpStatusCode.OK, (await onRestarted.GetAsync("/api/tasks")).StatusCode);
    }

    /// <summary>
    /// Completes the task; when the host does not answer (killed), sends it to the other one. There a 409 means the dead
    /// host had committed the completion before it died: the move happened once, which is what is being checked.
    /// </summary>
    private static async Task CompleteAsync(HttpClient first, HttpClient fallback, Guid taskId)
    {
        try
        {
            var response = await first.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { } });
            if (response.IsSuccessStatusCode) return;
            if ((int)response.StatusCode < 500) Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        catch (HttpRequestException) { }
        catch (TaskCanceledException) { }

        var retry = await fallback.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { } });
        Assert.True(retry.IsSuccessStatusCode || retry.StatusCode == HttpStatusCode.Conflict,
            $"{(int)retry.StatusCode}: {await retry.Content.ReadAsStringAsync()}");
    }
}
