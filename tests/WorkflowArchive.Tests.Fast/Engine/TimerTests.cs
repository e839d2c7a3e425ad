using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

public sealed class TimerTests
{
    /// <param name="more">Further elements of the process: another timer on "correct", say.</param>
    private static string Boundary(bool interrupting, string more = "") => Process("boundary", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "correct")}
        {UserTask("correct")}
        {Flow("f2", "correct", "done")}
        <endEvent id="done" />
        {BoundaryTimer("late", "correct", "P5D", interrupting)}
        {Flow("f3", "late", "escalate")}
        {ServiceTask("escalate", "test-record")}
        {Flow("f4", "escalate", "escalated")}
        <endEvent id="escalated" />
        {more}
        """);

    /// <summary>The process above with a second, interrupting timer on "correct", due later ("very-late", 10 days).</summary>
    private static string TwoBoundaryTimers(bool interrupting) => Boundary(interrupting, more: $"""
        {BoundaryTimer("very-late", "correct", "P10D", interrupting: true)}
        {Flow("f5", "very-late", "escalated-twice")}
        <endEvent id="escalated-twice" />
        """);

    [Fact]
    public async Task A_two_year_timer_is_due_on_the_same_calendar_day_two_years_later_and_fires_once()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("retention", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "wait")}
            <intermediateCatchEvent id="wait">
              <timerEventDefinition id="td"><timeDuration>P2Y</timeDuration></timerEventDefinition>
            </intermediateCatchEvent>
            {Flow("f2", "wait", "transfer")}
            {ServiceTask("transfer", "test-record")}
            {Flow("f3", "transfer", "end")}
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("retention");
        var timer = (await engine.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>()
            .Set<WorkflowTimer>().Single(t => t.InstanceId == instance.Id))));
        Assert.Equal(new DateTimeOffset(2029, 6, 1, 9, 0, 0, TimeSpan.Zero), timer.DueAt);

        engine.Time.Advance(TimeSpan.FromDays(730));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        engine.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Equal(0, await engine.FireDueTimersAsync());

        var done = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Single(done.Variables["visited"]!.AsArray());
    }

    [Fact]
    public async Task A_timer_that_cannot_fire_is_left_for_the_next_sweep_and_does_not_hold_up_the_others()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("hour", $"""
            <startEvent id="start" />{Flow("f1", "start", "wait")}
            <intermediateCatchEvent id="wait"><timerEventDefinition id="td"><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {Flow("f2", "wait", "end")}<endEvent id="end" />
            """));
        var instance = await engine.StartAsync("hour");
        // A timer whose instance is gone, due before the good one: it fails first on every sweep.
        await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>();
            db.Add(new WorkflowTimer { InstanceId = Guid.NewGuid(), ElementId = "wait", DueAt = engine.Time.GetUtcNow(), Status = TimerStatus.Pending });
            await db.SaveChangesAsync();
        });

        engine.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Equal(0, await engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task An_interrupting_boundary_timer_cancels_the_task_and_takes_its_own_path()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Boundary(interrupting: true));
        var instance = await engine.StartAsync("boundary");
        var task = await engine.OpenTaskAsync(instance.Id, "correct");

        engine.Time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, after.Status);
        Assert.Equal(UserTaskStatus.Cancelled, (await engine.TasksAsync(instance.Id)).Single().Status);
        Assert.Equal(["escalate"], after.Variables["visited"]!.AsArray().Select(v => v!.GetValue<string>()));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CompleteAsync(task.Id));
    }

    [Fact]
    public async Task A_non_interrupting_boundary_timer_escalates_and_leaves_the_task_open()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Boundary(interrupting: false));
        var instance = await engine.StartAsync("boundary");

        engine.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        var escalated = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Active, escalated.Status);
        Assert.Equal(["escalate"], escalated.Variables["visited"]!.AsArray().Select(v => v!.GetValue<string>()));

        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "correct")).Id);
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task An_interrupting_timer_that_fires_cancels_the_other_timers_of_its_task()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(TwoBoundaryTimers(interrupting: true));
        var instance = await engine.StartAsync("boundary");

        engine.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var timers = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowTimer>()
            .Where(t => t.InstanceId == instance.Id).ToListAsync());
        Assert.Equal([("late", TimerStatus.Fired), ("very-late", TimerStatus.Cancelled)], timers.OrderBy(t => t.DueAt).Select(t => (t.ElementId, t.Status)));
        engine.Time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task Completing_the_task_in_time_cancels_its_boundary_timer()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Boundary(interrupting: true));
        var instance = await engine.StartAsync("boundary");
        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "correct")).Id);

        engine.Time.Advance(TimeSpan.FromDays(30));

        Assert.Equal(0, await engine.FireDueTimersAsync());
        Assert.Null((await engine.InstanceAsync(instance.Id)).Variables["visited"]);
    }

    [Fact]
    public async Task Completing_a_task_cancels_every_timer_of_it_read_with_the_task_and_asks_for_none_apart()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(TwoBoundaryTimers(interrupting: false));
        var instance = await engine.StartAsync("boundary");
        var task = await engine.OpenTaskAsync(instance.Id, "correct");

        var connection = await engine.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<DbContext>().Database.GetConnectionString()!));
        List<string> statements;
        using (var seen = new CommandsSeen(connection))
        {
            await engine.CompleteAsync(task.Id);
            statements = seen.InOrder().Select(c => c.Sql).ToList();
        }

        var timers = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowTimer>()
            .Where(t => t.InstanceId == instance.Id).ToListAsync());
        Assert.Equal([("late", TimerStatus.Cancelled), ("very-late", TimerStatus.Cancelled)], timers.OrderBy(t => t.DueAt).Select(t => (t.ElementId, t.Status)));
        // The timers came with the task and its instance: one read, no query of the timers on their own.
        Assert.Single(statements, sql => sql.StartsWith("SELECT") && sql.Contains("FROM wf_user_tasks"));
        Assert.DoesNotContain(statements, sql => sql.StartsWith("SELECT") && !sql.Contains("FROM wf_user_tasks") && sql.Contains("FROM wf_timers"));
        engine.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task A_computed_duration_runs_as_an_expression_over_the_variables()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("computed", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "wait")}
            <intermediateCatchEvent id="wait">
              <timerEventDefinition id="td"><timeDuration>{"${'P' + years + 'Y'}"}</timeDuration></timerEventDefinition>
            </intermediateCatchEvent>
            {Flow("f2", "wait", "end")}
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("computed", new JsonObject { ["years"] = 3 });

        engine.Time.Advance(TimeSpan.FromDays(365 * 3 + 1));

        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
    }
}
