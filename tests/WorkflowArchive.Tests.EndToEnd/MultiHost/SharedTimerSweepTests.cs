using Npgsql;
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
        // sweeps go for the same timers at once, in small batches so that each host's lanes come back for more. The
        // timer table stays locked while they start, so each catch-up waits at its first look at it and neither gets a
        // head start (one host fires four hundred timers in about a second, sooner than the other one boots); the lock
        // is let go once both wait. (Left to the recurring sweep, whose ticks Hangfire's scheduler picks up about every
        // 15 s, the first host to tick would fire them all.)
        await a.KillAsync();
        await b.KillAsync();
        await cluster.ExecuteAsync("UPDATE wf_timers SET \"DueAt\" = now() - interval '1 second'");
        var onlyCatchUp = new Dictionary<string, string> { ["Background:TimerSweepCron"] = "0 0 0 1 1 *", ["Background:TimerBatchSize"] = "10" };
        HostProcess[] restarted;
        await using (var gate = await TimerTableGate.CloseAsync(cluster.ConnectionString))
        {
            var restarts = Task.WhenAll(cluster.StartHostAsync("C", onlyCatchUp), cluster.StartHostAsync("D", onlyCatchUp));
            await gate.OpenWhenWaitedOnByAsync(2, TimeSpan.FromSeconds(90));
            restarted = await restarts;
        }
        var (c, d) = (restarted[0], restarted[1]);

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

/// <summary>An ACCESS EXCLUSIVE lock on <c>wf_timers</c>, held in a transaction of its own until enough sessions wait for it.</summary>
internal sealed class TimerTableGate : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _held;

    private TimerTableGate(NpgsqlConnection connection) => _connection = connection;

    public static async Task<TimerTableGate> CloseAsync(string connectionString)
    {
        var gate = new TimerTableGate(new NpgsqlConnection(connectionString));
        await gate._connection.OpenAsync();
        gate._held = await gate._connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE wf_timers IN ACCESS EXCLUSIVE MODE", gate._connection, gate._held);
        await command.ExecuteNonQueryAsync();
        return gate;
    }

    /// <summary>Lets go once <paramref name="sessions"/> other sessions wait for the table, or after <paramref name="atMost"/> in any case.</summary>
    public async Task OpenWhenWaitedOnByAsync(int sessions, TimeSpan atMost)
    {
        var until = DateTime.UtcNow + atMost;
        await using var waiting = new NpgsqlCommand(
            "SELECT count(DISTINCT pid) FROM pg_locks WHERE relation = 'wf_timers'::regclass AND NOT granted", _connection, _held);
        while (DateTime.UtcNow < until && (long)(await waiting.ExecuteScalarAsync())! < sessions) await Task.Delay(100);
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_held is not null)
        {
            await _held.RollbackAsync();
            await _held.DisposeAsync();
            _held = null;
        }
        await _connection.DisposeAsync();
    }
}

