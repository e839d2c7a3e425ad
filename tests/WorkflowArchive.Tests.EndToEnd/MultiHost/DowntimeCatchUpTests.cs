using System.Net.Http.Json;
using System.Text.Json;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>A two-year timer whose day passes while every host is down fires once, as soon as one host starts again.</summary>
[Collection(HostCollection.Name)]
[Trait("Provider", "Postgres")]
public sealed class DowntimeCatchUpTests
{
    [Fact]
    public async Task With_all_hosts_stopped_past_the_due_date_the_first_host_to_start_fires_the_timer_once()
    {
        await using var cluster = await HostCluster.CreateAsync();
        // One host is enough to start the instance: what is tested is the start after everything was down.
        var a = await cluster.StartHostAsync("A");
        using var onA = HostCluster.Client(a, await HostCluster.SignInAsync(a));
        await HostCluster.PublishAsync(onA, "mh-two-years", MultiHostDefinitions.OneTimer("P2Y"));
        var instance = await (await onA.PostAsJsonAsync("/api/instances", new { definitionKey = "mh-two-years", businessKey = "D-1" })).ReadAsync<JsonElement>();
        var id = instance.GetProperty("id").GetGuid();
        await a.KillAsync();

        // Two years and a day later (the host's clock is shifted), only one host comes back. Its recurring sweep is
        // set far away, so what fires the timer is the start-up catch-up.
        var later = new Dictionary<string, string> { ["Clock:OffsetDays"] = "731", ["Background:TimerSweepCron"] = "0 0 0 1 1 *" };
        var back = await cluster.StartHostAsync("C", later);
        await back.WaitForOutputAsync("Start-up catch-up: 1 due timers fired");
        Assert.Equal(1, await cluster.WaitForCountAsync($"SELECT count(*) FROM wf_instances WHERE \"Id\" = '{id}' AND \"Status\" = 'Completed'", 1));
        Assert.Equal(back.WorkerName, (await cluster.ColumnAsync<string>($"SELECT \"FiredBy\" FROM wf_timers WHERE \"InstanceId\" = '{id}'")).Single());

        // A second host starting later finds nothing left to fire.
        var second = await cluster.StartHostAsync("D", later);
        await second.WaitForOutputAsync("Start-up catch-up: 0 due timers fired");
        Assert.Equal(1, await cluster.ScalarAsync<long>($"SELECT count(*) FROM wf_journal WHERE \"InstanceId\" = '{id}' AND \"Action\" = 'TimerFired'"));
    }
}
