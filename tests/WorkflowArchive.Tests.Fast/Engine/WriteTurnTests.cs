using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// SQLite has one write lock. This process's writers take turns for it in the order they asked and wait in the process,
/// not in SQLite's busy handler, whose sleeps grow to 100 ms: a batch of moves waited up to a third of a second behind
/// outbox drains that way. A drain's own writes go into the moves' group commits.
/// </summary>
public sealed class WriteTurnTests
{
    private const string OneTask = "turns-one-task";

    [Fact]
    public async Task While_another_writer_of_the_process_writes_a_move_and_a_drain_wait_in_the_process_and_then_share_one_commit()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process(OneTask, $"""
            <startEvent id="start" />
            {Flow("f1", "start", "task")}
            {UserTask("task")}
            {Flow("f2", "task", "end")}
            <endEvent id="end" />
            """));
        await engine.StartAsync(OneTask, businessKey: "BK-1");
        var turns = engine.Services.GetRequiredService<SqliteWriteTurns>();
        var writer = engine.Services.GetRequiredService<GroupCommitWriter>();
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());
        await using var scope = engine.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();

        var writing = await turns.WaitAsync(db, CancellationToken.None);
        var move = engine.StartAsync(OneTask, businessKey: "BK-2");
        await WaitUntilAsync(() => turns.WaitingFor(db) == 1 && writer.Queued == 1);
        var drain = engine.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DrainAsync());
        await WaitUntilAsync(() => writer.Queued == 2);

        // The drain's lease queues behind the move at the group-commit writer, which alone waits for the turn; none of them
        // holds SQLite's lock meanwhile: a writer of another process gets it without waiting at all.
        Assert.Equal(1, turns.WaitingFor(db));
        await using (var otherProcess = new SqliteConnection(db.Database.GetConnectionString()))
        {
            await otherProcess.OpenAsync();
            await using var command = otherProcess.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync();
        }
        Assert.False(move.IsCompleted);
        Assert.False(drain.IsCompleted);

        writing!.Dispose();
        await move;
        var delivered = await drain;

        // The lease came after the move in the same batch, so it saw the move's messages: both starts' went out. The move
        // and the lease shared one commit, the outcomes went in the next batch; the drain had no commit of its own.
        var messages = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
        Assert.Contains(messages, m => ForKey(m, "BK-1"));
        Assert.Contains(messages, m => ForKey(m, "BK-2"));
        Assert.Equal(messages.Count, delivered);
        Assert.All(messages, m => Assert.NotNull(m.ProcessedAt));
        Assert.Equal([2.0, 1.0], measured.Of("workflow.commit.batch_size").Select(m => m.Value));
    }

    [Fact]
    public async Task Turns_on_one_database_are_given_one_at_a_time_in_the_order_asked_and_another_database_waits_for_none()
    {
        var turns = new SqliteWriteTurns();
        await using var archive = Sqlite("archive.db");
        await using var other = Sqlite("other.db");

        var first = await turns.WaitAsync(archive, CancellationToken.None);
        var second = turns.WaitAsync(archive, CancellationToken.None);
        var third = turns.WaitAsync(archive, CancellationToken.None);
        var elsewhere = await turns.WaitAsync(other, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.NotNull(elsewhere);
        Assert.Equal(2, turns.WaitingFor(archive));
        Assert.False(second.IsCompleted);
        first!.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(20)))!.Dispose();
        // Ending a turn twice gives away no second turn.
        first.Dispose();
        var fourth = turns.WaitAsync(archive, CancellationToken.None);
        (await third.WaitAsync(TimeSpan.FromSeconds(20)))!.Dispose();
        Assert.NotNull(await fourth.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(0, turns.WaitingFor(archive));
    }

    [Fact]
    public async Task A_writer_that_stops_waiting_leaves_the_line_and_the_next_one_gets_the_turn()
    {
        var turns = new SqliteWriteTurns();
        await using var archive = Sqlite("archive.db");
        var first = await turns.WaitAsync(archive, CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var cancelled = turns.WaitAsync(archive, giveUp.Token);
        var next = turns.WaitAsync(archive, CancellationToken.None);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        first!.Dispose();

        Assert.NotNull(await next.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(0, turns.WaitingFor(archive));
    }

    [Fact]
    public async Task On_PostgreSQL_there_is_no_turn_to_take()
    {
        await using var postgres = new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql("Host=unused").Options);

        Assert.Null(await new SqliteWriteTurns().WaitAsync(postgres, CancellationToken.None));
    }

    private static SqliteArchiveDbContext Sqlite(string file) =>
        new(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), file)}").Options);

    private static bool ForKey(OutboxMessage message, string businessKey) => message.PayloadJson.Contains(businessKey, StringComparison.Ordinal);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(10))
        {
            Assert.True(waited < TimeSpan.FromSeconds(20), "The writer never came to wait for its turn.");
            await Task.Delay(10);
        }
    }
}
