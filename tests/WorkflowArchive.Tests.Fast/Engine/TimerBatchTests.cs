using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>Due timers fire in batches, one commit each, every timer under its own savepoint.</summary>
public sealed class TimerBatchTests
{
    [Fact]
    public async Task A_timer_that_fails_in_a_batch_leaves_the_others_fired_and_nothing_of_its_own()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(AnHourThen("wait", "test-poison", $"""
            {Flow("f3", "write", "after")}
            {UserTask("after")}
            {Flow("f4", "after", "end")}
            """));
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
