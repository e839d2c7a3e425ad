using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// SQLite's group commit (issue #19, item 3): moves queued together share one COMMIT, each under its own savepoint. The
/// writer is held until every move of a test is queued, so they land in one batch whatever the timing.
/// </summary>
public sealed class GroupCommitTests
{
    private const string WithPoison = "group-poison";
    private const string OneTask = "group-one-task";
    private const string WithPoisonedRow = "group-poisoned-row";

    [Fact]
    public async Task A_failing_move_rolls_back_alone_the_others_commit_and_only_they_are_announced_after_the_commit()
    {
        var announced = new ConcurrentQueue<int>();
        EngineHarness engine = null!;
        // Each announcement counts the task notifications another connection can see: committed ones only.
        var listener = new CountingListener(() => announced.Enqueue(CommittedTaskCreations(engine)));
        engine = await EngineHarness.CreateAsync(services => services.AddSingleton<IMoveCommittedListener>(listener));
        await using var _ = engine;
        await engine.PublishAsync(Process(WithPoison, $"""
            <startEvent id="start" />
            {Flow("f1", "start", "write")}
            {ServiceTask("write", "test-poison")}
            {Flow("f2", "write", "task")}
            {UserTask("task")}
            {Flow("f3", "task", "end")}
            <endEvent id="end" />
            """));
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());
        engine.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(4);

        var keys = new[] { "BK-1", "BK-2", "BK-3", "BK-4" };
        var outcomes = await Task.WhenAll(keys.Select(async key =>
        {
            try
            {
                var instance = await engine.StartAsync(WithPoison, new JsonObject { ["poison"] = key == "BK-3" }, businessKey: key);
                // Answered only after the COMMIT: another connection sees the instance at once.
                return await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowInstance>().AnyAsync(i => i.Id == instance.Id))
                    ? "visible" : "not yet committed";
            }
            catch (DbUpdateException)
            {
                return "refused";
            }
        }));

        Assert.Equal(["visible", "visible", "refused", "visible"], outcomes);
        Assert.Equal(3, Assert.Single(measured.Of("workflow.commit.batch_size")).Value);
        var (instances, events) = await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            return (await db.Set<WorkflowInstance>().AsNoTracking().Select(i => i.BusinessKey).ToListAsync(),
                await db.Set<DossierEvent>().AsNoTracking().Where(e => e.Action == PoisonActivity.Marker).Select(e => e.Detail).ToListAsync());
        });
        // The poisoned start left nothing: no instance, not even the row its activity wrote before the refused one.
        Assert.Equal(["BK-1", "BK-2", "BK-4"], instances.Order());
        Assert.Equal(["BK-1", "BK-2", "BK-4"], events.Order());
        Assert.Equal(3, CommittedTaskCreations(engine));
        // Once per committed move, and each time with the whole batch already committed.
        Assert.Equal([3, 3, 3], announced);
    }

    [Theory]
    [InlineData("poison")]
    [InlineData("poisonNewRow")]
    public async Task A_row_refused_when_the_batch_writes_its_moves_rows_together_fails_its_own_move_alone_and_the_others_commit(string poison)
    {
        await using var engine = await EngineHarness.CreateAsync();
        await PublishPoisonedRowAsync(engine);
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());
        engine.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(4);

        var keys = new[] { "BK-1", "BK-2", "BK-3", "BK-4" };
        var outcomes = await Task.WhenAll(keys.Select(async key =>
        {
            try
            {
                await engine.StartAsync(WithPoisonedRow, new JsonObject { [poison] = key == "BK-3" }, businessKey: key);
                return "committed";
            }
            catch (WorkflowConflictException)
            {
                return "conflict";
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                return "refused";
            }
        }));

        // The first batch's write of the four moves' rows failed: it was rolled back, and each move ran again writing its
        // own rows in its own turn, where the refused row took back only its move.
        Assert.Equal(["committed", "committed", "refused", "committed"], outcomes);
        Assert.Equal(4, measured.Sum("workflow.move.retries", MoveKinds.Start));
        var (instances, events) = await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            return (await db.Set<WorkflowInstance>().AsNoTracking().Select(i => i.BusinessKey).ToListAsync(),
                await db.Set<DossierEvent>().AsNoTracking().Where(e => e.Action == PoisonedRowActivity.Marker).Select(e => e.Detail).ToListAsync());
        });
        Assert.Equal(["BK-1", "BK-2", "BK-4"], instances.Order());
        Assert.Equal(["BK-1", "BK-2", "BK-4"], events.Order());
        Assert.Equal(3, CommittedTaskCreations(engine));
        Assert.Equal(3, await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<UserTask>().CountAsync()));
    }

    [Fact]
    public async Task Batches_one_after_another_run_on_the_writer_s_kept_connection_and_the_batch_after_a_failed_one_on_a_new_one()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await PublishPoisonedRowAsync(engine);
        var writer = engine.Services.GetRequiredService<GroupCommitWriter>();

        await engine.StartAsync(WithPoisonedRow, businessKey: "BK-1");
        var kept = writer.HeldConnection;
        Assert.NotNull(kept);
        await engine.StartAsync(WithPoisonedRow, businessKey: "BK-2");
        Assert.Same(kept, writer.HeldConnection);

        // This batch's write of its two moves' rows fails: it is rolled back, and each move runs again, on a new connection.
        writer.HoldNextBatchUntil(2);
        var poisoned = engine.StartAsync(WithPoisonedRow, new JsonObject { ["poison"] = true }, businessKey: "BK-3");
        var healthy = engine.StartAsync(WithPoisonedRow, businessKey: "BK-4");
        await Assert.ThrowsAnyAsync<Exception>(() => poisoned.WaitAsync(Eventually.DefaultDeadline));
        await healthy.WaitAsync(Eventually.DefaultDeadline);

        Assert.NotNull(writer.HeldConnection);
        Assert.NotSame(kept, writer.HeldConnection);
        Assert.Equal(["BK-1", "BK-2", "BK-4"],
            (await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowInstance>().Select(i => i.BusinessKey).ToListAsync())).Order());
    }

    [Fact]
    public async Task A_drain_riding_behind_a_refused_row_is_refused_with_its_batch_and_the_next_drain_delivers()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await PublishPoisonedRowAsync(engine);
        await engine.StartAsync(WithPoisonedRow, businessKey: "BK-0");
        var writer = engine.Services.GetRequiredService<GroupCommitWriter>();
        writer.HoldNextBatchUntil(2);

        var poisoned = engine.StartAsync(WithPoisonedRow, new JsonObject { ["poison"] = true }, businessKey: "BK-1");
        await Eventually.TrueAsync(() => writer.Queued == 1, () => "the move never queued");
        // The drain's lease comes after the move in the batch: the move's rows are written before it, and fail there.
        var drain = engine.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DrainAsync());

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => drain.WaitAsync(Eventually.DefaultDeadline));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => poisoned.WaitAsync(Eventually.DefaultDeadline));
        // Run again writing its own rows, the move failed alone with the store's own error, not as a conflict.
        Assert.True(refused is DbUpdateException or System.Data.Common.DbException, refused.ToString());
        Assert.Equal(1, await engine.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DrainAsync()).WaitAsync(Eventually.DefaultDeadline));
        Assert.Equal(["BK-0"], await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowInstance>().Select(i => i.BusinessKey).ToListAsync()));
    }

    [Fact]
    public async Task Two_moves_on_one_task_in_one_batch_the_second_is_a_conflict_and_leaves_no_trace()
    {
        var listener = new CountingListener(() => { });
        await using var engine = await EngineHarness.CreateAsync(services => services.AddSingleton<IMoveCommittedListener>(listener));
        await PublishOneTaskAsync(engine);
        var instance = await engine.StartAsync(OneTask);
        var task = await engine.OpenTaskAsync(instance.Id, "task");
        var announcedBefore = listener.Count;
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());
        engine.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(2);

        // Both read the open task before either writes; the writer lets them write one after the other in one batch.
        var outcomes = await Task.WhenAll(new[] { "ana", "beto" }.Select(async user =>
        {
            try
            {
                await engine.CompleteAsync(task.Id, user: user);
                return "completed";
            }
            catch (WorkflowConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Equal(["completed", "conflict"], outcomes.Order());
        Assert.Equal(1, Assert.Single(measured.Of("workflow.commit.batch_size")).Value);
        var completed = Assert.Single(await engine.TasksAsync(instance.Id));
        Assert.Equal(outcomes[0] == "completed" ? "ana" : "beto", completed.CompletedBy);
        Assert.Single(await engine.JournalAsync(instance.Id), j => j.Action == JournalAction.TaskCompleted);
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Equal(1, listener.Count - announcedBefore);
    }

    [Fact]
    public async Task A_batch_gathers_the_moves_underway_and_starts_once_none_is_left_to_queue()
    {
        await using var engine = await EngineHarness.CreateAsync(services =>
            services.AddSingleton(new GroupCommitOptions { GroupCommitGatherWait = TimeSpan.FromHours(1) }));
        await PublishOneTaskAsync(engine);
        var instances = await Task.WhenAll(Enumerable.Range(1, 2).Select(i => engine.StartAsync(OneTask, businessKey: $"BK-{i}")));
        var tasks = await Task.WhenAll(instances.Select(i => engine.OpenTaskAsync(i.Id, "task")));
        var writer = engine.Services.GetRequiredService<GroupCommitWriter>();
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        // Someone's move is underway (reading, thinking) and has not queued yet: the batch waits for it.
        writer.MoveUnderway();
        var first = engine.CompleteAsync(tasks[0].Id, user: "persona0");
        await Eventually.TrueAsync(() => writer.Queued == 1, () => "the first completion never queued");
        var second = engine.CompleteAsync(tasks[1].Id, user: "persona1");
        await Eventually.TrueAsync(() => writer.Queued == 2, () => "the second completion never queued");
        Assert.False(first.IsCompleted);
        Assert.Empty(measured.Of("workflow.commit.batch_size"));

        // It ends without writing: nothing is left to wait for, and the two queued share one COMMIT.
        writer.MoveEnded(queued: false);
        await Task.WhenAll(first, second).WaitAsync(Eventually.DefaultDeadline);
        Assert.Equal(2, Assert.Single(measured.Of("workflow.commit.batch_size")).Value);
        Assert.All(await Task.WhenAll(instances.Select(i => engine.InstanceAsync(i.Id))), i => Assert.Equal(InstanceStatus.Completed, i.Status));
    }

    [Fact]
    public async Task A_lone_move_commits_at_once_and_a_move_that_never_queues_holds_a_batch_no_longer_than_the_gather_wait()
    {
        await using var engine = await EngineHarness.CreateAsync(services =>
            services.AddSingleton(new GroupCommitOptions { GroupCommitGatherWait = TimeSpan.FromMilliseconds(200) }));
        await PublishOneTaskAsync(engine);
        var writer = engine.Services.GetRequiredService<GroupCommitWriter>();
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        // Nothing else underway: nothing to gather.
        var lone = await engine.StartAsync(OneTask, businessKey: "BK-1");
        // A move underway that never queues: the next batch waits for it at most the gather wait.
        writer.MoveUnderway();
        var waited = await engine.StartAsync(OneTask, businessKey: "BK-2").WaitAsync(Eventually.DefaultDeadline);
        writer.MoveEnded(queued: false);

        Assert.Equal([1.0, 1.0], measured.Of("workflow.commit.batch_size").Select(m => m.Value));
        Assert.Equal(InstanceStatus.Active, (await engine.InstanceAsync(lone.Id)).Status);
        Assert.Equal(InstanceStatus.Active, (await engine.InstanceAsync(waited.Id)).Status);
    }

    [Fact]
    public async Task With_the_setting_off_each_move_commits_on_its_own()
    {
        await using var engine = await EngineHarness.CreateAsync(services => services.AddSingleton(new GroupCommitOptions { GroupCommit = false }));
        await PublishOneTaskAsync(engine);
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        await Task.WhenAll(Enumerable.Range(1, 4).Select(i => engine.StartAsync(OneTask, businessKey: $"BK-{i}")));

        Assert.Equal(4, measured.Of("workflow.move.duration", MoveKinds.Start).Count(m => m.Outcome == "committed"));
        Assert.Empty(measured.Of("workflow.commit.batch_size"));
    }

    [Fact]
    public async Task A_batch_writes_the_rows_its_moves_appended_together_one_insert_per_table()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await PublishOneTaskAsync(engine);
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());
        engine.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(4);

        var instances = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => engine.StartAsync(OneTask, businessKey: $"BK-{i}")));

        Assert.Equal(4, Assert.Single(measured.Of("workflow.commit.batch_size")).Value);
        // The four moves' journal and outbox rows, and their new instances and tasks: four statements, sent by the batch
        // before its COMMIT. Each start sent only its reads (the definition's facts; the definition too, where another
        // start had not yet read it into the process's cache), none of its rows.
        Assert.Equal(4, Assert.Single(measured.Of("workflow.commit.statements")).Value);
        Assert.All(measured.Of("workflow.move.statements", MoveKinds.Start), m => Assert.InRange(m.Value, 1, 2));
        foreach (var instance in instances)
        {
            Assert.Contains(await engine.JournalAsync(instance.Id), j => j.Action == JournalAction.TaskCreated);
            Assert.Equal("task", Assert.Single(await engine.TasksAsync(instance.Id)).ElementId);
            Assert.Equal(InstanceStatus.Active, (await engine.InstanceAsync(instance.Id)).Status);
        }
        Assert.Equal(4, CommittedTaskCreations(engine));
    }

    [Fact]
    public async Task A_batch_updates_the_rows_its_moves_changed_together_and_the_moves_take_no_turn()
    {
        var announced = new ConcurrentQueue<int>();
        var counting = false;
        EngineHarness engine = null!;
        var listener = new CountingListener(() =>
        {
            if (Volatile.Read(ref counting)) announced.Enqueue(CommittedOutboxMessages(engine));
        });
        engine = await EngineHarness.CreateAsync(services => services.AddSingleton<IMoveCommittedListener>(listener));
        await using var _ = engine;
        await PublishOneTaskAsync(engine);
        var instances = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => engine.StartAsync(OneTask, businessKey: $"BK-{i}")));
        var tasks = await Task.WhenAll(instances.Select(i => engine.OpenTaskAsync(i.Id, "task")));
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());
        using var seen = new CommandsSeen(engine.ConnectionString);
        engine.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(4);
        var messagesBefore = CommittedOutboxMessages(engine);
        Volatile.Write(ref counting, true);

        await Task.WhenAll(tasks.Select((task, i) => engine.CompleteAsync(task.Id, user: $"persona{i}")));

        Assert.Equal(4, Assert.Single(measured.Of("workflow.commit.batch_size")).Value);
        // Their outbox messages are announced once per move, each time with the whole batch committed.
        var messagesAfter = CommittedOutboxMessages(engine);
        Assert.True(messagesAfter > messagesBefore, "the completions wrote no outbox message");
        Assert.Equal([messagesAfter, messagesAfter, messagesAfter, messagesAfter], announced);
        // Journal and outbox rows, then one UPDATE of the four tasks and one of the four instances: four statements for the
        // batch. Each completion sent only its reads, and handed its rows over without a turn: no savepoint of its own.
        Assert.Equal(4, Assert.Single(measured.Of("workflow.commit.statements")).Value);
        Assert.All(measured.Of("workflow.move.statements", MoveKinds.CompleteTask), m => Assert.InRange(m.Value, 1, 2));
        Assert.Equal(0, seen.Savepoints);
        foreach (var (instance, i) in instances.Select((instance, i) => (instance, i)))
        {
            Assert.Equal($"persona{i}", Assert.Single(await engine.TasksAsync(instance.Id)).CompletedBy);
            Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
            Assert.Single(await engine.JournalAsync(instance.Id), j => j.Action == JournalAction.TaskCompleted);
        }
    }

    [Fact]
    public async Task An_outbox_drain_rides_along_with_the_moves_batches_instead_of_committing_alone()
    {
        await using var engine = await EngineHarness.CreateAsync(services =>
            services.AddSingleton(new GroupCommitOptions { GroupCommitRiderMaxWait = TimeSpan.FromMinutes(10) }));
        await PublishOneTaskAsync(engine);
        await engine.StartAsync(OneTask, businessKey: "BK-0");
        var writer = engine.Services.GetRequiredService<GroupCommitWriter>();
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        // A move began a moment ago, so more are coming: the drain's lease waits in the queue for the next one.
        var drain = engine.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DrainAsync());
        await Eventually.TrueAsync(() => writer.Queued == 1, () => "the drain's lease never queued");
        Assert.Empty(measured.Of("workflow.commit.batch_size"));
        await engine.StartAsync(OneTask, businessKey: "BK-1");
        // Then its record of what it delivered waits for the move after.
        await Eventually.TrueAsync(() => writer.Queued == 1, () => "the drain's outcomes never queued");
        await engine.StartAsync(OneTask, businessKey: "BK-2");

        Assert.Equal(1, await drain.WaitAsync(Eventually.DefaultDeadline));
        Assert.Equal([2.0, 2.0], measured.Of("workflow.commit.batch_size").Select(m => m.Value));
        Assert.Equal(1, await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<OutboxMessage>().CountAsync(m => m.ProcessedAt != null)));
    }

    [Fact]
    public async Task With_no_move_coming_an_outbox_drain_commits_at_once()
    {
        await using var engine = await EngineHarness.CreateAsync(services =>
            services.AddSingleton(new GroupCommitOptions { GroupCommitRiderMaxWait = TimeSpan.FromHours(1) }));
        // A message saved outside any move: no move has begun in this process, none is coming.
        await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            new OutboxWriter(db, engine.Time.GetUtcNow()).Enqueue(OutboxMessageTypes.TaskCreated, new { }, "task-created:test");
            await db.SaveChangesAsync();
        });
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        // Had it waited for a move, the hour's bound would have failed the deadline.
        var delivered = await engine.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DrainAsync()).WaitAsync(Eventually.DefaultDeadline);

        Assert.Equal(1, delivered);
        Assert.Equal([1.0, 1.0], measured.Of("workflow.commit.batch_size").Select(m => m.Value));
    }

    private static int CommittedTaskCreations(EngineHarness engine)
    {
        using var scope = engine.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().Count(m => m.Type == OutboxMessageTypes.TaskCreated);
    }

    private static int CommittedOutboxMessages(EngineHarness engine)
    {
        using var scope = engine.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().Count();
    }

    private sealed class CountingListener(Action onCommitted) : IMoveCommittedListener
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void MoveCommitted()
        {
            onCommitted();
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>A process of one user task: start, the task, end.</summary>
    private static Task PublishPoisonedRowAsync(EngineHarness engine) => engine.PublishAsync(Process(WithPoisonedRow, $"""
        <startEvent id="start" />
        {Flow("f1", "start", "write")}
        {ServiceTask("write", "test-poisoned-row")}
        {Flow("f2", "write", "task")}
        {UserTask("task")}
        {Flow("f3", "task", "end")}
        <endEvent id="end" />
        """));

    private static Task PublishOneTaskAsync(EngineHarness engine) => engine.PublishAsync(Process(OneTask, $"""
        <startEvent id="start" />
        {Flow("f1", "start", "task")}
        {UserTask("task")}
        {Flow("f2", "task", "end")}
        <endEvent id="end" />
        """));
}
