using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

public sealed class UserTaskTests
{
    private static readonly string Single = Process("single", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "review")}
        {UserTask("review", "wa:formKey=\"test-note\" wa:dueDate=\"P5D\"")}
        {Flow("f2", "review", "end")}
        <endEvent id="end" />
        """);

    [Fact]
    public async Task A_task_is_created_for_its_role_with_form_and_due_date()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Single);
        var instance = await engine.StartAsync("single");

        var task = await engine.OpenTaskAsync(instance.Id, "review");

        Assert.Equal("gestor", task.CandidateRole);
        Assert.Equal("test-note", task.FormKey);
        Assert.Equal(engine.Time.GetUtcNow().AddDays(5), task.DueAt);
        Assert.Equal(UserTaskStatus.Open, task.Status);
    }

    [Fact]
    public async Task Only_the_person_who_claimed_a_task_can_complete_or_release_it()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Single);
        var instance = await engine.StartAsync("single");
        var task = await engine.OpenTaskAsync(instance.Id, "review");

        await engine.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().ClaimTaskAsync(task.Id, "gestora"));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().ClaimTaskAsync(task.Id, "otro")));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().ReleaseTaskAsync(task.Id, "otro")));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CompleteAsync(task.Id, user: "otro"));

        var released = await engine.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().ReleaseTaskAsync(task.Id, "gestora"));
        Assert.Equal(UserTaskStatus.Open, released.Status);
        Assert.Null(released.Assignee);

        var done = await engine.CompleteAsync(task.Id, user: "otro");
        Assert.Equal(InstanceStatus.Completed, done.Status);
        var journal = await engine.JournalAsync(instance.Id);
        Assert.Equal([JournalAction.TaskClaimed, JournalAction.TaskReleased, JournalAction.TaskCompleted],
            journal.Where(j => j.Action is JournalAction.TaskClaimed or JournalAction.TaskReleased or JournalAction.TaskCompleted).Select(j => j.Action));
        Assert.Equal("otro", journal.Single(j => j.Action == JournalAction.TaskCompleted).Actor);
    }

    [Fact]
    public async Task A_timer_with_a_fixed_date_fires_at_that_date()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("dated", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "at")}
            <intermediateCatchEvent id="at"><timerEventDefinition id="t"><timeDate>2027-12-31T23:00:00-04:00</timeDate></timerEventDefinition></intermediateCatchEvent>
            {Flow("f2", "at", "end")}
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("dated");

        engine.Time.SetUtcNow(new DateTimeOffset(2028, 1, 1, 2, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        engine.Time.SetUtcNow(new DateTimeOffset(2028, 1, 1, 3, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
    }
}
