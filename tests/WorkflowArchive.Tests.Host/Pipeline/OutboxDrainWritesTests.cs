using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// An outbox drain leases its batch with one UPDATE (which returns it) and saves the outcomes table by table: one UPDATE for the messages
/// delivered and one for those to try again, however many there are (one per message made the drain a writer as busy as
/// the moves). Each message still ends with its own outcome.
/// </summary>
public abstract class OutboxDrainWritesTests(DatabaseProvider provider)
{
    private static readonly OutboxPings Pings = new("test.ping");

    [Fact]
    public async Task A_drain_leases_with_one_update_saves_delivered_and_failed_messages_with_one_each_and_each_keeps_its_outcome()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new ArchiveApiFactory(database, testServices: services => services.AddSingleton<IOutboxHandler>(Pings));
        await Pings.EnqueueAsync(host, ["ok-1", "down-1", "ok-2", "ok-3", "down-2", "ok-4"]);

        var connection = await host.ConnectionStringAsync();
        using var seen = new CommandsSeen(connection);
        var delivered = await host.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DrainAsync(cancellationToken: CancellationToken.None));

        Assert.Equal(4, delivered);
        // The lease too: one UPDATE takes the batch (on SQLite under the write lock), not one compare-and-set per message.
        Assert.Single(seen.InOrder(), c => c.Sql.StartsWith("UPDATE wf_outbox") && c.Sql.Contains("ClaimedBy ="));
        var outcomes = seen.InOrder().Where(c => c.Sql.StartsWith("UPDATE wf_outbox") && !c.Sql.Contains("ClaimedBy =")).ToList();
        Assert.True(outcomes.Count == 2, string.Join("\n", outcomes.Select(c => c.Sql)));
        // And nothing else but SQLite's look before it takes the write lock: the lease's UPDATE returns the batch it took.
        var all = seen.InOrder().Where(c => c.Sql.Contains("wf_outbox")).ToList();
        Assert.True(all.Count == (provider == DatabaseProvider.Sqlite ? 4 : 3), string.Join("\n", all.Select(c => c.Sql)));
        var messages = await host.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == Pings.Type).ToListAsync());
        var now = host.Time.GetUtcNow();
        foreach (var message in messages)
        {
            var down = message.IdempotencyKey.Contains("down");
            Assert.Equal((1, down ? null : now, (DateTimeOffset?)null), (message.Attempts, message.ProcessedAt, message.ClaimedUntil));
            Assert.Equal(down ? "InvalidOperationException: receiver is down" : null, message.LastError);
            Assert.Equal(down ? now + TimeSpan.FromSeconds(2) : now, message.NextAttemptAt);
        }
    }
}

public sealed class SqliteOutboxDrainWritesTests() : OutboxDrainWritesTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresOutboxDrainWritesTests() : OutboxDrainWritesTests(DatabaseProvider.Postgres);
