using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Timing;
using WorkflowArchive.Workflows;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Bpmn;

public sealed class ValidatorTests
{
    private static readonly BpmnValidator Validator = new(new ActivityCatalog([new RecordVisitActivity()]));

    private static IReadOnlyList<BpmnDiagnostic> Errors(string xml) =>
        Validator.Validate(BpmnParser.Parse(xml)).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    [Fact]
    public void Both_shipped_definitions_are_valid_with_the_real_activities()
    {
        var activities = new ServiceCollection().AddDocumentLifecycleServicesForTests().BuildServiceProvider()
            .GetServices<IWorkflowActivity>();
        var validator = new BpmnValidator(new ActivityCatalog(activities));
        foreach (var file in new[] { "gestion-documental.bpmn", "solicitud-documentacion.bpmn" })
        {
            var diagnostics = validator.Validate(BpmnParser.Parse(ShippedFiles.Read(file)));
            Assert.True(diagnostics.Count == 0, $"{file}: {string.Join("; ", diagnostics)}");
        }
    }

    [Fact]
    public void Each_problem_is_reported_on_its_own_element()
    {
        var errors = Errors(Process("p", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "unknown")}
            <serviceTask id="unknown" wa:activity="send-fax" />
            {Flow("f2", "unknown", "noActivity")}
            <serviceTask id="noActivity" />
            {Flow("f3", "noActivity", "gw")}
            <exclusiveGateway id="gw" default="fDefault" />
            {Flow("fBroken", "gw", "late", "${complete ===}")}
            {Flow("fBare", "gw", "end")}
            {Flow("fDefault", "gw", "end")}
            <intermediateCatchEvent id="late"><timerEventDefinition id="t"><timeDuration>P2X</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {Flow("f4", "late", "orphanTask")}
            <userTask id="orphanTask" wa:candidateRole="gestor" wa:dueDate="five days" />
            {Flow("f5", "orphanTask", "end")}
            <endEvent id="end" />
            """));

        Assert.Contains(errors, e => e is { ElementId: "unknown", Code: "bpmn-activity-not-registered" } && e.Message.Contains("send-fax") && e.Message.Contains("test-record"));
        Assert.Contains(errors, e => e is { ElementId: "noActivity", Code: "bpmn-service-task-without-activity" });
        Assert.Contains(errors, e => e is { ElementId: "fBroken", Code: "expression-does-not-compile" });
        Assert.Contains(errors, e => e is { ElementId: "fBare", Code: "bpmn-gateway-flow-without-condition" });
        Assert.Contains(errors, e => e is { ElementId: "late", Code: "iso-duration-invalid" } && e.Message.Contains("P2X"));
        Assert.Contains(errors, e => e is { ElementId: "orphanTask", Code: "bpmn-due-date-invalid" } && e.Message.Contains("five days"));
    }

    [Fact]
    public void A_process_needs_one_start_an_end_and_no_dead_ends()
    {
        var errors = Errors(Process("p", """
            <userTask id="stuck" wa:candidateRole="gestor" />
            """));

        Assert.Contains(errors, e => e.Code == "bpmn-no-start-event");
        Assert.Contains(errors, e => e.Code == "bpmn-no-end-event");
        Assert.Contains(errors, e => e is { ElementId: "stuck", Code: "bpmn-no-outgoing" });
    }

    [Fact]
    public void A_user_task_outside_any_lane_without_a_role_is_an_error()
    {
        var errors = Errors(Process("p", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "who")}
            <userTask id="who" />
            {Flow("f2", "who", "end")}
            <endEvent id="end" />
            """));

        Assert.Contains(errors, e => e is { ElementId: "who", Code: "bpmn-user-task-without-role" });
    }

    [Fact]
    public void Timer_boundary_events_are_only_run_on_user_tasks()
    {
        var errors = Errors(Process("p", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "svc")}
            {ServiceTask("svc", "test-record")}
            {Flow("f2", "svc", "end")}
            <boundaryEvent id="b" attachedToRef="svc"><timerEventDefinition id="t"><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
            {Flow("f3", "b", "end")}
            <endEvent id="end" />
            """));

        Assert.Contains(errors, e => e is { ElementId: "b", Code: "bpmn-boundary-not-on-user-task" });
    }
}

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P2Y", "2027-06-01", "2029-06-01T00:00:00")]
    [InlineData("P2Y", "2028-02-29", "2030-02-28T00:00:00")]
    [InlineData("P1M", "2027-01-31", "2027-02-28T00:00:00")]
    [InlineData("P5D", "2027-06-01", "2027-06-06T00:00:00")]
    [InlineData("P1W", "2027-06-01", "2027-06-08T00:00:00")]
    [InlineData("PT4H", "2027-06-01", "2027-06-01T04:00:00")]
    [InlineData("P1DT1H30M15.5S", "2027-06-01", "2027-06-02T01:30:15.5")]
    public void Durations_count_calendar_periods(string duration, string start, string expected)
    {
        var from = DateTimeOffset.Parse(start + "T00:00:00Z");

        Assert.Equal(DateTimeOffset.Parse(expected + "Z"), IsoDuration.Parse(duration).AddTo(from, TimeZoneInfo.Utc));
    }

    [Theory]
    // 28 Feb 20:30 in La Paz is already 29 Feb in UTC: a year later is 28 Feb 20:30 local, not 27 Feb.
    [InlineData("P1Y", "2028-02-29T00:30:00Z", "2029-03-01T00:30:00Z")]
    [InlineData("P1M", "2027-07-01T02:00:00Z", "2027-07-31T02:00:00Z")]
    [InlineData("P1D", "2027-06-01T03:59:00Z", "2027-06-02T03:59:00Z")]
    // Clock parts stay exact elapsed time.
    [InlineData("PT36H", "2028-02-29T00:30:00Z", "2028-03-01T12:30:00Z")]
    [InlineData("P1DT2H", "2028-02-29T00:30:00Z", "2028-03-01T02:30:00Z")]
    public void Calendar_parts_count_on_the_local_calendar_and_clock_parts_stay_exact(string duration, string start, string expected)
    {
        var laPaz = TimeZoneInfo.FindSystemTimeZoneById("America/La_Paz");

        Assert.Equal(DateTimeOffset.Parse(expected), IsoDuration.Parse(duration).AddTo(DateTimeOffset.Parse(start), laPaz));
    }

    [Fact]
    public void A_wall_clock_time_that_occurs_twice_or_never_still_lands_on_one_instant()
    {
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        // 2027-03-27 02:30 +01:00 plus a day is 28 Mar 02:30, which the spring-forward skips: it lands just after the gap.
        Assert.Equal(DateTimeOffset.Parse("2027-03-28T01:30:00Z"), IsoDuration.Parse("P1D").AddTo(DateTimeOffset.Parse("2027-03-27T01:30:00Z"), madrid));
        // 2027-10-30 02:30 +02:00 plus a day is 31 Oct 02:30, which happens twice: the first one.
        Assert.Equal(DateTimeOffset.Parse("2027-10-31T00:30:00Z"), IsoDuration.Parse("P1D").AddTo(DateTimeOffset.Parse("2027-10-30T00:30:00Z"), madrid));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("2Y")]
    [InlineData("P2X")]
    [InlineData("P-1D")]
    public void Malformed_durations_are_refused(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
        Assert.Throws<WorkflowValidationException>(() => IsoDuration.Parse(text));
    }

    [Theory]
    [InlineData("P9999Y")]
    [InlineData("P101Y")]
    [InlineData("P99999999999Y")]
    [InlineData("PT99999999999999999999999999999999H")]
    [InlineData("P1300M")]
    public void Durations_past_a_century_are_refused_as_too_long_without_overflowing(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
        Assert.Equal("iso-duration-too-long", IsoDuration.Problem(text)?.Code);
    }

    [Fact]
    public void A_century_is_still_a_duration()
    {
        Assert.True(IsoDuration.TryParse("P100Y", out var century));
        Assert.Equal(2127, century.AddTo(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc).Year);
    }
}
