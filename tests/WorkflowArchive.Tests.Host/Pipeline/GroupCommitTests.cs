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
    public async Task With_the_setting_off_each_move_commits_on_its_own()
    {
        await using var engine = await EngineHarness.CreateAsync(services => services.AddSingleton(new GroupCommitOptions { GroupCommit = false }));
        await PublishOneTaskAsync(engine);
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        await Task.WhenAll(Enumerable.Range(1, 4).Select(i => engine.StartAsync(OneTask, businessKey: $"BK-{i}")));

        Assert.Equal(4, measured.Of("workflow.move.duration", MoveKinds.Start).Count(m => m.Outcome == "committed"));
        Assert.Empty(measured.Of("workflow.commit.batch_size"));
    }

    private static int CommittedTaskCreations(EngineHarness engine)
    {
        using var scope = engine.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().Count(m => m.Type == OutboxMessageTypes.TaskCreated);
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
    private static Task PublishOneTaskAsync(EngineHarness engine) => engine.PublishAsync(Process(OneTask, $"""
        <startEvent id="start" />
        {Flow("f1", "start", "task")}
        {UserTask("task")}
        {Flow("f2", "task", "end")}
        <endEvent id="end" />
        """));
}
