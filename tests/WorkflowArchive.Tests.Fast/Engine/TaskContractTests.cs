using System.Text.Json.Nodes;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>The engine asks the task's form contract before a completion changes anything.</summary>
public sealed class TaskContractTests
{
    private static readonly string Noted = Process("noted", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "note")}
        {UserTask("note", "wa:formKey=\"test-note\"")}
        {Flow("f2", "note", "end")}
        <endEvent id="end" />
        """);

    private static readonly string Unformed = Process("unformed", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "free")}
        {UserTask("free")}
        {Flow("f2", "free", "end")}
        <endEvent id="end" />
        """);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refused_output_leaves_task_instance_and_journal_exactly_as_they_were(bool claimed)
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Noted);
        var started = await engine.StartAsync("noted");
        var task = await engine.OpenTaskAsync(started.Id, "note");
        if (claimed) await engine.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().ClaimTaskAsync(task.Id, "gestora"));
        var taskBefore = await engine.OpenTaskAsync(started.Id, "note");
        var instanceBefore = await engine.InstanceAsync(started.Id);
        var journalBefore = await engine.JournalAsync(started.Id);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            engine.CompleteAsync(task.Id, new JsonObject { ["note"] = "una nota demasiado larga para el campo", ["extra"] = true }, "gestora"));

        Assert.Equal(["extra", "note"], refused.Fields.Select(f => f.Field).Order());
        Assert.Contains(refused.Fields, f => f is { Field: "note", Code: "field-too-long" });
        Assert.Contains(refused.Fields, f => f is { Field: "extra", Code: "field-unknown" });
        var taskAfter = await engine.OpenTaskAsync(started.Id, "note");
        Assert.Equal((taskBefore.Status, taskBefore.Assignee, taskBefore.Revision), (taskAfter.Status, taskAfter.Assignee, taskAfter.Revision));
        var instanceAfter = await engine.InstanceAsync(started.Id);
        Assert.Equal(instanceBefore.Revision, instanceAfter.Revision);
        Assert.Equal(instanceBefore.VariablesJson, instanceAfter.VariablesJson);
        Assert.Equal(journalBefore.Select(j => j.Id), (await engine.JournalAsync(started.Id)).Select(j => j.Id));
    }

    [Fact]
    public async Task A_record_rule_reads_the_instance_variables_before_the_move()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Noted);
        var started = await engine.StartAsync("noted", new JsonObject { ["locked"] = true });
        var task = await engine.OpenTaskAsync(started.Id, "note");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => engine.CompleteAsync(task.Id, new JsonObject { ["note"] = "lista" }));

        Assert.Equal("test-locked", Assert.Single(refused.Fields).Code);
        Assert.Equal(UserTaskStatus.Open, (await engine.OpenTaskAsync(started.Id, "note")).Status);
    }

    [Fact]
    public async Task A_valid_output_moves_on_and_a_task_without_a_form_takes_any_output()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Noted);
        await engine.PublishAsync(Unformed);
        var noted = await engine.StartAsync("noted", businessKey: "BK-1");
        var unformed = await engine.StartAsync("unformed", businessKey: "BK-2");

        var done = await engine.CompleteAsync((await engine.OpenTaskAsync(noted.Id, "note")).Id, new JsonObject { ["note"] = "lista" });
        var free = await engine.CompleteAsync((await engine.OpenTaskAsync(unformed.Id, "free")).Id, new JsonObject { ["anything"] = 42 });

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("lista", done.Variables["note"]!.GetValue<string>());
        Assert.Equal(InstanceStatus.Completed, free.Status);
    }

    [Fact]
    public async Task Checking_an_output_without_completing_answers_like_the_completion_and_moves_nothing()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Noted);
        var started = await engine.StartAsync("noted");
        var task = await engine.OpenTaskAsync(started.Id, "note");

        await Assert.ThrowsAsync<InvalidInputException>(() => engine.InScopeAsync(sp =>
            sp.GetRequiredService<WorkflowEngine>().CheckTaskOutputAsync(task.Id, new JsonObject { ["note"] = new string('x', 21) })));
        await engine.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().CheckTaskOutputAsync(task.Id, new JsonObject { ["note"] = "ok" }));

        Assert.Equal(UserTaskStatus.Open, (await engine.OpenTaskAsync(started.Id, "note")).Status);
    }

    [Fact]
    public void Two_contracts_for_one_form_key_are_refused_at_start_up() =>
        Assert.Throws<InvalidOperationException>(() => new TaskContracts([new TestNoteContract(), new TestNoteContract()]));
}
