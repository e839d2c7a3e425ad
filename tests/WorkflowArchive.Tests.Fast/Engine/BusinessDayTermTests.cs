using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Timing;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// Terms in business days (<c>5BD</c>, días hábiles) next to ISO-8601 durations: parsed, checked, counted on the
/// archive's calendar (weekends and holidays skipped, in La Paz), and the reminder that no longer follows its task.
/// 2027-06-18 is a Friday; Monday 2027-06-21 (Año Nuevo Andino) is configured as a holiday.
/// </summary>
public sealed class BusinessDayTermTests
{
    private static readonly DateTimeOffset FridayMorning = DateTimeOffset.Parse("2027-06-18T12:00:00Z"); // 08:00 in La Paz

    private static WaitDuration Term(string text) => WaitDuration.TryParse(text, out var wait) ? wait : throw new ArgumentException(text);

    private static BusinessCalendar CalendarWithHoliday() => new(new ArchiveOptions { Holidays = [new DateOnly(2027, 6, 21)] });

    [Theory]
    [InlineData("5BD", 5)]
    [InlineData("5bd", 5)]
    [InlineData(" 12 BD ", 12)]
    public void Business_days_are_written_as_a_number_and_BD(string text, int days)
    {
        Assert.True(WaitDuration.TryParse(text, out var wait));
        Assert.Equal(new WaitDuration.BusinessDays(days), wait);
        Assert.Equal($"{days}BD", wait.Text);
    }

    [Theory]
    [InlineData("0BD", "business-days-out-of-range")]
    [InlineData("1001BD", "business-days-out-of-range")]
    [InlineData("cinco días hábiles", "iso-duration-invalid")]
    [InlineData("BD5", "iso-duration-invalid")]
    [InlineData("P5BD", "iso-duration-invalid")]
    public void A_term_that_is_neither_is_refused_with_its_reason(string text, string code)
    {
        Assert.False(WaitDuration.TryParse(text, out _));
        Assert.Equal(code, WaitDuration.Problem(text)?.Code);
    }

    [Fact]
    public void Old_files_keep_their_ISO_8601_durations()
    {
        Assert.True(WaitDuration.TryParse("P10D", out var days));
        Assert.Equal(FridayMorning.AddDays(10), days.AddTo(FridayMorning, TimeZoneInfo.Utc, CalendarWithHoliday()));
        Assert.True(WaitDuration.TryParse("PT4H", out var hours));
        Assert.Equal(FridayMorning.AddHours(4), hours.AddTo(FridayMorning, TimeZoneInfo.Utc, CalendarWithHoliday()));
    }

    [Fact]
    public void Five_business_days_from_a_Friday_before_a_holiday_skip_the_weekend_and_the_holiday()
    {
        var due = Term("5BD").AddTo(FridayMorning, TimeZoneInfo.Utc, CalendarWithHoliday());

        // Tue 22, Wed 23, Thu 24, Fri 25, Mon 28: at the same time of day.
        Assert.Equal(DateTimeOffset.Parse("2027-06-28T12:00:00Z"), due);
        Assert.Equal(DateTimeOffset.Parse("2027-06-25T12:00:00Z"),
            Term("5BD").AddTo(FridayMorning, TimeZoneInfo.Utc, new BusinessCalendar(new ArchiveOptions())));
    }

    [Fact]
    public async Task A_user_task_due_in_business_days_and_its_reminder_land_on_the_same_working_day()
    {
        await using var engine = await EngineHarness.CreateAsync();
        engine.Time.SetLocalTimeZone(ArchiveClock.Zone("America/La_Paz"));
        engine.Time.SetUtcNow(FridayMorning);
        await engine.PublishAsync(Process("correct", $$"""
            <startEvent id="start" />
            {{Flow("f1", "start", "fix")}}
            {{UserTask("fix", "wa:dueDate=\"${term}\"")}}
            <boundaryEvent id="late" cancelActivity="false" attachedToRef="fix">
              <timerEventDefinition id="td"><timeDuration>${term}</timeDuration></timerEventDefinition>
            </boundaryEvent>
            {{Flow("f2", "fix", "end")}}
            {{Flow("f3", "late", "end")}}
            <endEvent id="end" />
            """));

        var instance = await engine.StartAsync("correct", new() { ["term"] = "5BD" });

        var task = Assert.Single(await engine.TasksAsync(instance.Id));
        var timer = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowTimer>().AsNoTracking().SingleAsync(t => t.InstanceId == instance.Id));
        Assert.Equal(DateTimeOffset.Parse("2027-06-25T12:00:00Z"), task.DueAt);
        Assert.Equal(task.DueAt, timer.DueAt);
    }

    [Fact]
    public void The_validator_warns_when_a_reminder_stays_on_the_old_term_of_its_task()
    {
        var validator = new BpmnValidator(new ActivityCatalog(new ServiceCollection().AddDocumentLifecycleServicesForTests().BuildServiceProvider()
            .GetServices<IWorkflowActivity>()));
        var shipped = ShippedFiles.Read("gestion-documental.bpmn");
        var taskOnly = shipped.Replace("wa:dueDate=\"${correctionDuration}\"", "wa:dueDate=\"5BD\"");
        var both = taskOnly.Replace("<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${correctionDuration}</bpmn:timeDuration>",
            "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">5bd</bpmn:timeDuration>");

        var warning = Assert.Single(validator.Validate(BpmnParser.Parse(taskOnly)));
        Assert.Equal((DiagnosticSeverity.Warning, "Task_CorrectDocumentation", "bpmn-reminder-off-due-date"), (warning.Severity, warning.ElementId, warning.Code));
        Assert.Contains("«Plazo de corrección vencido»", warning.Message);
        Assert.Contains("5 días hábiles", warning.Message);
        Assert.Empty(validator.Validate(BpmnParser.Parse(both)));
        Assert.Empty(validator.Validate(BpmnParser.Parse(shipped)));
    }
}
