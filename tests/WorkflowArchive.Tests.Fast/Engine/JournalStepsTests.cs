using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// The timeline reads a step passed through in one move (one journal row) as it reads one entered and then left; a
/// move's rows share its moment.
/// </summary>
public sealed class JournalStepsTests
{
    private static readonly ProcessModel Model = BpmnParser.Parse(ForkAndJoin("steps")).Model!;
    private static readonly DateTimeOffset At = new(2027, 6, 1, 13, 0, 0, TimeSpan.Zero);
    private readonly JournalSteps _steps = new(new ReadableText(new BusinessCalendar(new ArchiveOptions())));

    [Fact]
    public void A_passed_row_is_the_same_step_as_an_entered_and_a_left_row()
    {
        var pair = _steps.Read(Model, [Row(1, JournalAction.Entered), Row(2, JournalAction.Left, "Registrado")]);
        var passed = _steps.Read(Model, [Row(1, JournalAction.Passed, "Registrado")]);

        var step = Assert.Single(passed);
        Assert.Equal(Assert.Single(pair) with { Lines = step.Lines }, step);
        Assert.Equal("Registrado", step.Outcome);
        Assert.True(step.Finished);
    }

    [Fact]
    public void Two_passes_of_a_step_are_two_steps_after_one_that_failed_and_was_retried()
    {
        var steps = _steps.Read(Model, [Row(1, JournalAction.Entered), Row(2, JournalAction.Incident, "Falta un dato"),
            Row(3, JournalAction.Retried), Row(4, JournalAction.Passed, "Registrado"), Row(5, JournalAction.Passed, "Registrado otra vez")]);

        Assert.Equal(3, steps.Count);
        Assert.False(steps[0].Finished);
        Assert.Equal(["Registrado", "Registrado otra vez"], steps.Skip(1).Select(s => s.Outcome));
    }

    private static JournalEntry Row(long id, JournalAction action, string? summary = null) =>
        new() { Id = id, ElementId = "after", ElementName = "after", Action = action, At = At, Actor = "gestora", Summary = summary };
}
