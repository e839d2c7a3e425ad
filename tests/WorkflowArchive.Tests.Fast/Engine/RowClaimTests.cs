using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// What lets several hosts share the timer and outbox tables: a row one worker holds is not taken by another. Each
/// context here stands for a host; they meet in one real database.
/// </summary>
public abstract class RowClaimTests(DatabaseProvider provider)
{
    protected static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>PostgreSQL only: SQLite has one writer and no row locks.</summary>
    protected async Task A_due_timer_locked_by_one_host_is_skipped_by_another_which_takes_the_next_without_waiting()
    {
        await using var store = await ClaimStore.CreateAsync(provider);
        var first = Timer(Now.AddHours(-2));
        var second = Timer(Now.AddHours(-1));
        await store.AddAsync(first, second, Timer(Now.AddHours(1)));

        await using var hostA = store.Context();
        await using var hostB = store.Context();
        await using var hostC = store.Context();
        await using var transactionA = await hostA.Database.BeginTransactionAsync();
        await using var transactionB = await hostB.Database.BeginTransactionAsync();
        await using var transactionC = await hostC.Database.BeginTransactionAsync();

        Assert.Equal(first.Id, (await new RowClaims(hostA, new SqliteWriteTurns()).NextDueTimerAsync(Now, [], CancellationToken.None))!.Id);
        // A lock wait would show up as this deadline passing, not as a wrong answer.
        var claimedByB = await new RowClaims(hostB, new SqliteWriteTurns()).NextDueTimerAsync(Now, [], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(second.Id, claimedByB!.Id);
        Assert.Null(await new RowClaims(hostC, new SqliteWriteTurns()).NextDueTimerAsync(Now, [], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)));

        await transactionA.RollbackAsync();
        Assert.Equal(first.Id, (await new RowClaims(hostC, new SqliteWriteTurns()).NextDueTimerAsync(Now, [], CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task A_timer_the_sweep_gave_up_on_is_passed_over_for_the_next_due_one()
    {
        await using var store = await ClaimStore.CreateAsync(provider);
        var first = Timer(Now.AddHours(-2));
        var second = Timer(Now.AddHours(-1));
        await store.AddAsync(first, second);

        await using var db = store.Context();
        Assert.Equal(second.Id, (await new RowClaims(db, new SqliteWriteTurns()).NextDueTimerAsync(Now, [first.Id], CancellationToken.None))!.Id);
        Assert.Null(await new RowClaims(db, new SqliteWriteTurns()).NextDueTimerAsync(Now, [first.Id, second.Id], CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_leases_never_overlap_and_a_dead_hosts_lease_runs_out()
    {
        await using var store = await ClaimStore.CreateAsync(provider);
        await store.AddAsync(Enumerable.Range(0, 10).Select(i => (object)Message(i)).ToArray());

        await using var hostA = store.Context();
        await using var hostB = store.Context();
        var leaseEnd = Now.AddMinutes(2);
        var takenByA = await new RowClaims(hostA, new SqliteWriteTurns()).LeaseOutboxAsync(Now, 4, "A", leaseEnd, CancellationToken.None);
        var takenByB = await new RowClaims(hostB, new SqliteWriteTurns()).LeaseOutboxAsync(Now, 100, "B", leaseEnd, CancellationToken.None);

        Assert.Equal(4, takenByA.Count);
        Assert.Equal(6, takenByB.Count);
        Assert.Empty(takenByA.Select(m => m.Id).Intersect(takenByB.Select(m => m.Id)));
        await using var hostC = store.Context();
        Assert.Empty(await new RowClaims(hostC, new SqliteWriteTurns()).LeaseOutboxAsync(Now.AddMinutes(1), 100, "C", Now.AddMinutes(3), CancellationToken.None));
        // Nobody delivered them and the leases ended: another host takes them all over.
        var takenOver = await new RowClaims(hostC, new SqliteWriteTurns()).LeaseOutboxAsync(leaseEnd, 100, "C", leaseEnd.AddMinutes(2), CancellationToken.None);
        Assert.Equal(10, takenOver.Count);
        Assert.All(takenOver, m => Assert.Equal("C", m.ClaimedBy));
    }

    [Fact]
    public async Task Two_hosts_draining_at_once_deliver_every_message_exactly_once()
    {
        await using var store = await ClaimStore.CreateAsync(provider);
        await store.AddAsync(Enumerable.Range(0, 300).Select(i => (object)Message(i)).ToArray());
        var counter = new CountingHandler();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(async i =>
        {
            await using var db = store.Context();
            var dispatcher = new OutboxDispatcher(db, new FixedTime(Now), new RowClaims(db, new SqliteWriteTurns()), new SqliteWriteTurns(), new WorkerIdentity($"host-{i}"), OutboxLease.Default,
                [counter], new WorkflowArchive.Workflows.Diagnostics.EngineMetrics(), NullLogger<OutboxDispatcher>.Instance);
            await dispatcher.DrainAsync(batchSize: 7);
        }));

        Assert.Equal(300, counter.Deliveries.Count);
        Assert.All(counter.Deliveries.GroupBy(key => key), g => Assert.Single(g));
        await using var check = store.Context();
        Assert.Equal(300, await check.Set<OutboxMessage>().CountAsync(m => m.ProcessedAt != null));
    }

    private static WorkflowTimer Timer(DateTimeOffset dueAt) => new()
    {
        InstanceId = Guid.NewGuid(), ElementId = "wait", TokenId = Guid.NewGuid(), DueAt = dueAt, Status = TimerStatus.Pending, CreatedAt = Now.AddDays(-1),
    };

    private static OutboxMessage Message(int i) => new()
    {
        Type = OutboxMessageTypes.TaskCreated, PayloadJson = "{}", IdempotencyKey = $"test:{i}", CreatedAt = Now.AddSeconds(-100 + i), NextAttemptAt = Now.AddSeconds(-1),
    };

    private sealed class CountingHandler : IOutboxHandler
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Deliveries { get; } = [];

        public bool CanHandle(string messageType) => true;

        public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Deliveries.Add(message.IdempotencyKey);
            return Task.CompletedTask;
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>A migrated database of one provider; each context made from it stands for one host.</summary>
    private sealed class ClaimStore(TestDatabase database) : IAsyncDisposable
    {
        public static async Task<ClaimStore> CreateAsync(DatabaseProvider provider)
        {
            var store = new ClaimStore(await TestDatabase.CreateAsync(provider));
            await using var db = store.Context();
            await db.Database.MigrateAsync();
            return store;
        }

        public ArchiveDbContext Context() => database.Provider == DatabaseProvider.Postgres
            ? new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteArchiveDbContext(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite(database.ConnectionString).Options);

        public async Task AddAsync(params object[] rows)
        {
            await using var db = Context();
            db.AddRange(rows);
            await db.SaveChangesAsync();
        }

        public ValueTask DisposeAsync() => database.DisposeAsync();
    }
}

public sealed class SqliteRowClaimTests() : RowClaimTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresRowClaimTests() : RowClaimTests(DatabaseProvider.Postgres)
{
    [Fact]
    public Task A_locked_due_timer_is_skipped_by_another_host_which_takes_the_next_without_waiting() =>
        A_due_timer_locked_by_one_host_is_skipped_by_another_which_takes_the_next_without_waiting();
}
