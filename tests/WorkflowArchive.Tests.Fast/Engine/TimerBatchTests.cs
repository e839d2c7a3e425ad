using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// Due timers fire in batches, one commit each: a batch first as one move (its instances moved together, one save), and
/// timer by timer, each under its own savepoint, when that fails.
/// </summary>
public sealed class TimerBatchTests
{
    [Fact]
    public async Task Due_timers_of_different_instances_fire_together_as_one_move_and_leave_what_firing_them_one_by_one_leaves()
    {
        const int timers = 12;
        await using var together = await EngineHarness.CreateAsync();
        await using var oneByOne = await EngineHarness.CreateAsync(services => services.AddSingleton(new TimerSweepOptions(1, FireTogether: false)));
        var journals = new List<List<(string, string, JournalAction, string?)>>();
        foreach (var engine in new[] { together, oneByOne })
        {
            await engine.PublishAsync(AnHourThen("visit", "test-record", ThenTaskAfter));
            var instances = new List<Guid>();
            for (var i = 1; i <= timers; i++) instances.Add((await engine.StartAsync("visit", businessKey: $"BK-{i:00}")).Id);
            engine.Time.Advance(TimeSpan.FromHours(2));
            using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

            Assert.Equal(timers, await engine.FireDueTimersAsync());

            var journal = new List<(string, string, JournalAction, string?)>();
            foreach (var id in instances)
            {
                var instance = await engine.InstanceAsync(id);
                Assert.Equal("""["write"]""", instance.Variables["visited"]!.ToJsonString());
                await engine.OpenTaskAsync(id, "after");
                journal.AddRange((await engine.JournalAsync(id)).Select(j => (instance.BusinessKey, j.ElementId, j.Action, j.Summary)));
            }
            journals.Add(journal);
            var statements = measured.Of("workflow.move.statements");
            if (engine == together)
            {
                // One move for the batch, fewer statements than timers: one by one, each timer costs several.
                var batch = Assert.Single(statements);
                Assert.Equal((MoveKinds.FireTimers, "committed"), (batch.Kind, batch.Outcome));
                Assert.InRange(batch.Value, 1, timers - 1);
            }
            else
            {
                Assert.Equal(timers, statements.Count(m => m is { Kind: MoveKinds.FireTimer, Outcome: "committed" }));
            }
        }
        Assert.Equal(journals[1], journals[0]);
    }

    [Fact]
    public async Task An_activity_that_fails_in_a_batch_fired_together_sends_it_timer_by_timer_where_only_its_instance_has_an_incident()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(AnHourThen("flaky", "test-flaky", Flow("f3", "write", "end")));
        var passing = new List<Guid>();
        for (var i = 1; i <= 3; i++) passing.Add((await engine.StartAsync("flaky", new JsonObject { ["allowPass"] = true }, businessKey: $"BK-{i}")).Id);
        var failing = await engine.StartAsync("flaky", businessKey: "BK-4");
        engine.Time.Advance(TimeSpan.FromHours(2));
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        Assert.Equal(4, await engine.FireDueTimersAsync());

        Assert.Equal("failed", Assert.Single(measured.Of("workflow.move.statements", MoveKinds.FireTimers)).Outcome);
        Assert.Equal(4, measured.Of("workflow.move.statements", MoveKinds.FireTimer).Count(m => m.Outcome == "committed"));
        foreach (var id in passing) Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        Assert.Equal(InstanceStatus.Incident, (await engine.InstanceAsync(failing.Id)).Status);
        Assert.Single(await engine.JournalAsync(failing.Id), j => j.Action == JournalAction.TimerFired);
        var written = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<DossierEvent>().AsNoTracking()
            .CountAsync(e => e.Action == "written by flaky"));
        Assert.Equal(passing.Count, written);
    }

    [Fact]
    public async Task A_batch_that_loses_a_race_midway_leaves_nothing_of_what_it_moved_when_its_timers_fire_one_by_one()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(AnHourThen("conflict", "test-store-conflict", ThenTaskAfter));
        var instances = new List<Guid>();
        for (var i = 1; i <= 3; i++) instances.Add((await engine.StartAsync("conflict", businessKey: $"BK-{i}")).Id);
        engine.Time.Advance(TimeSpan.FromHours(2));
        // The second instance moved in the batch meets a store conflict while the first one's journal and outbox rows
        // wait for the batch's save: they must go with the batch, not into the next save of the one-by-one path.
        engine.Services.GetRequiredService<StoreConflict>().ArmAt(2);
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        Assert.Equal(3, await engine.FireDueTimersAsync());

        Assert.Equal(["fire-timers failed", "fire-timer committed", "fire-timer committed", "fire-timer committed"],
            measured.Of("workflow.move.statements").Select(m => $"{m.Kind} {m.Outcome}"));
        foreach (var id in instances)
        {
            Assert.Single(await engine.JournalAsync(id), j => j.Action == JournalAction.TimerFired);
            await engine.OpenTaskAsync(id, "after");
        }
        var created = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<OutboxMessage>().AsNoTracking()
            .CountAsync(m => m.Type == OutboxMessageTypes.TaskCreated));
        Assert.Equal(instances.Count, created);
    }

    [Fact]
    public async Task A_timer_that_fails_in_a_batch_leaves_the_others_fired_and_nothing_of_its_own()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(AnHourThen("wait", "test-poison", ThenTaskAfter));
        var healthy1 = await engine.StartAsync("wait", businessKey: "BK-1");
        var poisoned = await engine.StartAsync("wait", new JsonObject { ["poison"] = true }, businessKey: "BK-2");
        var healthy2 = await engine.StartAsync("wait", businessKey: "BK-3");
        engine.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(2, await engine.FireDueTimersAsync());

        foreach (var healthy in new[] { healthy1, healthy2 })
        {
            Assert.Equal("after", (await engine.OpenTaskAsync(healthy.Id, "after")).ElementId);
            Assert.Single(await engine.JournalAsync(healthy.Id), j => j.Action == JournalAction.TimerFired);
        }
        var timers = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowTimer>().AsNoTracking().ToListAsync());
        Assert.Equal(TimerStatus.Pending, timers.Single(t => t.InstanceId == poisoned.Id).Status);
        Assert.Empty(await engine.TasksAsync(poisoned.Id));
        Assert.DoesNotContain(await engine.JournalAsync(poisoned.Id), j => j.Action == JournalAction.TimerFired);
        Assert.Equal(poisoned.Revision, (await engine.InstanceAsync(poisoned.Id)).Revision);
        var markers = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<DossierEvent>().AsNoTracking()
            .Where(e => e.Action == PoisonActivity.Marker).Select(e => e.Detail).ToListAsync());
        Assert.Equal(["BK-1", "BK-3"], markers.Order());

        // The next sweep tries it again (and it fails again, alone); the fired ones are not fired twice.
        Assert.Equal(0, await engine.FireDueTimersAsync());
        Assert.Equal(2, timers.Count(t => t.InstanceId != poisoned.Id));
        Assert.All(await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowTimer>().AsNoTracking()
            .Where(t => t.InstanceId != poisoned.Id).ToListAsync()), t => Assert.Equal(TimerStatus.Fired, t.Status));
    }

    [Fact]
    public async Task A_batch_that_dies_before_its_commit_leaves_every_timer_pending_and_the_next_sweep_fires_each_once()
    {
        const int timers = 6;
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(AnHourThen("dying", "test-dying", Flow("f3", "write", "end")));
        var instances = new List<Guid>();
        for (var i = 1; i <= timers; i++) instances.Add((await engine.StartAsync("dying", businessKey: $"BK-{i}")).Id);
        engine.Time.Advance(TimeSpan.FromHours(2));

        // All six are claimed in one batch; the process dies while firing the fourth, after three have moved in it.
        engine.Services.GetRequiredService<ProcessDeath>().ArmAt(4);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(engine.FireDueTimersAsync);

        var stored = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowTimer>().AsNoTracking().ToListAsync());
        Assert.All(stored, t => Assert.Equal(TimerStatus.Pending, t.Status));
        Assert.Empty(await MarkersAsync(engine));
        foreach (var id in instances) Assert.DoesNotContain(await engine.JournalAsync(id), j => j.Action == JournalAction.TimerFired);

        // The restarted sweep fires the whole batch again: each timer once, each instance moved once.
        Assert.Equal(timers, await engine.FireDueTimersAsync());
        Assert.Equal(0, await engine.FireDueTimersAsync());
        foreach (var id in instances)
        {
            Assert.Single(await engine.JournalAsync(id), j => j.Action == JournalAction.TimerFired);
            Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        }
        Assert.Equal(Enumerable.Range(1, timers).Select(i => $"BK-{i}"), (await MarkersAsync(engine)).Order());
    }

    private static Task<List<string?>> MarkersAsync(EngineHarness engine) =>
        engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<DossierEvent>().AsNoTracking()
            .Where(e => e.Action == DyingActivity.Marker).Select(e => e.Detail).ToListAsync());

    /// <summary>A process that waits an hour, then runs the activity as "write", then what follows (ending at "end").</summary>
    [Fact]
    public async Task After_a_batch_is_saved_what_the_move_holds_in_memory_is_what_the_store_holds()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(AnHourThen("memory", "test-record", ThenTaskAfter));
        for (var i = 1; i <= 3; i++) await engine.StartAsync("memory", businessKey: $"BK-{i}");
        engine.Time.Advance(TimeSpan.FromHours(2));

        await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var timers = await db.Set<WorkflowTimer>().Where(t => t.Status == TimerStatus.Pending).ToListAsync();
            var fired = await sp.GetRequiredService<WorkflowEngine>().FireTimersTogetherAsync(timers);

            // The batch's rows were written table by table, not by EF Core; they must not go back to their old values
            // in memory, nor look changed to the next save.
            Assert.Equal(3, fired.Count);
            Assert.All(fired, t => Assert.Equal((TimerStatus.Fired, engine.Time.GetUtcNow()), (t.Status, t.FiredAt!.Value)));
            foreach (var instance in db.Set<WorkflowInstance>().Local)
            {
                var stored = await db.Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == instance.Id);
                Assert.Equal((stored.Revision, stored.TokensJson, stored.VariablesJson), (instance.Revision, instance.TokensJson, instance.VariablesJson));
            }
            Assert.False(db.ChangeTracker.HasChanges());
        });
    }

    /// <summary>After the activity, a user task "after" waits: a timer's move creates a task (and its outbox message).</summary>
    private static readonly string ThenTaskAfter = $"""
        {Flow("f3", "write", "after")}
        {UserTask("after")}
        {Flow("f4", "after", "end")}
        """;

    private static string AnHourThen(string key, string activity, string afterWrite) => Process(key, $"""
        <startEvent id="start" />
        {Flow("f1", "start", "wait")}
        <intermediateCatchEvent id="wait"><timerEventDefinition id="td"><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
        {Flow("f2", "wait", "write")}
        {ServiceTask("write", activity)}
        {afterWrite}
        <endEvent id="end" />
        """);
}
