using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// Timers and task due dates count years, months and days on the clock's local calendar (La Paz), hours exactly.
/// 2028-02-29T00:30:00Z is 28 Feb 2028 20:30 in La Paz.
/// </summary>
public sealed class LocalCalendarTimerTests
{
    private static readonly DateTimeOffset LateEvening = DateTimeOffset.Parse("2028-02-29T00:30:00Z");

    private static async Task<EngineHarness> LaPazEngineAsync()
    {
        var engine = await EngineHarness.CreateAsync();
        engine.Time.SetLocalTimeZone(ArchiveClock.Zone("America/La_Paz"));
        engine.Time.SetUtcNow(LateEvening);
        return engine;
    }

    private static string Wait(string key, string duration) => Process(key, $"""
        <startEvent id="start" />
        {Flow("f1", "start", "wait")}
        <intermediateCatchEvent id="wait">
          <timerEventDefinition id="td"><timeDuration>{duration}</timeDuration></timerEventDefinition>
        </intermediateCatchEvent>
        {Flow("f2", "wait", "end")}
        <endEvent id="end" />
        """);

    private static Task<WorkflowTimer> TimerAsync(EngineHarness engine, Guid instanceId) => engine.InScopeAsync(sp =>
        sp.GetRequiredService<DbContext>().Set<WorkflowTimer>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId));

    [Fact]
    public async Task A_one_year_timer_set_on_28_February_evening_in_La_Paz_is_due_on_28_February_local()
    {
        await using var engine = await LaPazEngineAsync();
        await engine.PublishAsync(Wait("retention", "P1Y"));

        var instance = await engine.StartAsync("retention");

        var due = (await TimerAsync(engine, instance.Id)).DueAt;
        Assert.Equal(DateTimeOffset.Parse("2029-03-01T00:30:00Z"), due);
        Assert.Equal(new DateTime(2029, 2, 28, 20, 30, 0), TimeZoneInfo.ConvertTime(due, engine.Time.LocalTimeZone).DateTime);
    }

    [Fact]
    public async Task A_duration_in_hours_stays_an_exact_span_of_time()
    {
        await using var engine = await LaPazEngineAsync();
        await engine.PublishAsync(Wait("hours", "PT36H"));

        var instance = await engine.StartAsync("hours");

        Assert.Equal(LateEvening.AddHours(36), (await TimerAsync(engine, instance.Id)).DueAt);
    }

    [Fact]
    public async Task A_task_due_date_counts_days_on_the_local_calendar()
    {
        await using var engine = await LaPazEngineAsync();
        await engine.PublishAsync(Process("due", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "review")}
            {UserTask("review", """wa:dueDate="P1M" """)}
            {Flow("f2", "review", "end")}
            <endEvent id="end" />
            """));

        var instance = await engine.StartAsync("due");

        // 28 Feb 20:30 local plus a month is 28 Mar 20:30 local; in UTC's calendar it would have been 29 Mar.
        Assert.Equal(DateTimeOffset.Parse("2028-03-29T00:30:00Z"), (await engine.TasksAsync(instance.Id)).Single().DueAt);
    }
}
