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
        await engine.PublishAsync(Process("wait", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "wait")}
            <intermediateCatchEvent id="wait"><timerEventDefinition id="td"><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {Flow("f2", "wait", "write")}
            {ServiceTask("write", "test-poison")}
            {Flow("f3", "write", "after")}
            {UserTask("after")}
            {Flow("f4", "after", "end")}
            <endEvent id="end" />
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
}
