using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>Two real hosts sweep the same timer table: four hundred timers due at once each move their instance exactly once.</summary>
[Collection(HostCollection.Name)]
[Trait("Provider", "Postgres")]
public sealed class SharedTimerSweepTests
{
    private const int Timers = 400;

    [Fact]
    public async Task Four_hundred_timers_due_at_once_fire_exactly_once_each_with_both_hosts_sweeping()
    {
        await using var cluster = await HostCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        var token = await HostCluster.SignInAsync(a);
        using var onA = HostCluster.Client(a, token);
        using var onB = HostCluster.Client(b, token);
        await HostCluster.PublishAsync(onA, "mh-timer", MultiHostDefinitions.OneTimer("PT1H"));
        await HostCluster.StartInstancesAsync([onA, onB], "mh-timer", Timers, "T");
        Assert.Equal(Timers, await cluster.ScalarAsync<long>("SELECT count(*) FROM wf_timers WHERE \"Status\" = 'Pending'"));

        // The hour passes for all of them while both hosts are down; they come back together and both start-up catch-up
        // sweeps go for the same timers at once, in small batches so that each host's lanes come back for more. (Left to the recurring sweep, whose ticks Hangfire's scheduler
        // picks up about every 15 s, the first host to tick fired them all before the other one started.)
        await a.KillAsync();
        await b.KillAsync();
        await cluster.ExecuteAsync("UPDATE wf_timers SET \"DueAt\" = now() - interval '1 second'");
        // Timer by timer: a batch fired as one move is fast enough that the first host up fires all four hundred before
        // the second one's sweep starts. The claims under contention are the same either way.
        var onlyCatchUp = new Dictionary<string, string>
        {
            ["Background:TimerSweepCron"] = "0 0 0 1 1 *", ["Background:TimerBatchSize"] = "10", ["Background:TimerFireTogether"] = "false",
        };
        var restarts = new[] { cluster.StartHostAsync("C", onlyCatchUp), cluster.StartHostAsync("D", onlyCatchUp) };
        var (c, d) = (await restarts[0], await restarts[1]);

        var fired = await cluster.WaitForCountAsync("SELECT count(*) FROM wf_timers WHERE \"Status\" = 'Fired'", Timers);
        Assert.True(fired == Timers, $"{fired} of {Timers} timers fired\n{cluster.Outputs}");
        Assert.Equal(Timers, await cluster.WaitForCountAsync("SELECT count(*) FROM wf_instances WHERE \"Status\" = 'Completed'", Timers));
        // One move per timer: one TimerFired journal entry per instance, and none anywhere else.
        Assert.Equal(Timers, await cluster.ScalarAsync<long>("SELECT count(*) FROM wf_journal WHERE \"Action\" = 'TimerFired'"));
        Assert.Equal(0, await cluster.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT \"InstanceId\" FROM wf_journal WHERE \"Action\" IN ('TimerFired', 'Completed') GROUP BY \"InstanceId\", \"Action\" HAVING count(*) <> 1) doubled"));
        Assert.Equal(Timers, await cluster.ScalarAsync<long>("SELECT count(*) FROM wf_journal WHERE \"Action\" = 'Completed'"));
        // Both hosts took part, so the claims were really contended.
        var firedBy = await cluster.ColumnAsync<string>("SELECT DISTINCT \"FiredBy\" FROM wf_timers");
        Assert.Equal(new[] { c.WorkerName, d.WorkerName }.Order(), firedBy.Order());
    }
}
