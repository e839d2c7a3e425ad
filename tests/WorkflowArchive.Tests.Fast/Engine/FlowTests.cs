using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Engine;

public sealed class FlowTests
{
    private static readonly string ReturnLoop = Process("loop", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "review")}
        {UserTask("review")}
        {Flow("f2", "review", "ok")}
        <exclusiveGateway id="ok" default="fNo" />
        {Flow("fYes", "ok", "archive", "${complete === true}")}
        {Flow("fNo", "ok", "correct")}
        {UserTask("correct")}
        {Flow("f3", "correct", "review")}
        {ServiceTask("archive", "test-record")}
        {Flow("f4", "archive", "end")}
        <endEvent id="end" />
        """);

    [Fact]
    public async Task The_return_loop_runs_as_many_times_as_the_review_fails()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(ReturnLoop);
        var instance = await engine.StartAsync("loop");

        for (var round = 0; round < 3; round++)
        {
            await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "review")).Id, new JsonObject { ["complete"] = false });
            await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "correct")).Id);
        }
        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "review")).Id, new JsonObject { ["complete"] = true });

        var done = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Empty(done.Tokens);
        var tasks = await engine.TasksAsync(instance.Id);
        Assert.Equal(4, tasks.Count(t => t.ElementId == "review" && t.Status == UserTaskStatus.Completed));
        Assert.Equal(3, tasks.Count(t => t.ElementId == "correct" && t.Status == UserTaskStatus.Completed));
        Assert.Equal(["archive"], done.Variables["visited"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task The_default_flow_is_taken_only_when_no_condition_holds()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("choice", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "gw")}
            <exclusiveGateway id="gw" default="fOther" />
            {Flow("fBig", "gw", "big", "${amount > 100}")}
            {Flow("fOther", "gw", "other")}
            {ServiceTask("big", "test-record")}
            {ServiceTask("other", "test-record")}
            {Flow("f2", "big", "end")}
            {Flow("f3", "other", "end")}
            <endEvent id="end" />
            """));

        var big = await engine.StartAsync("choice", new JsonObject { ["amount"] = 500 }, "A");
        var small = await engine.StartAsync("choice", new JsonObject { ["amount"] = 5 }, "B");

        Assert.Equal("big", (await engine.InstanceAsync(big.Id)).Variables["visited"]![0]!.GetValue<string>());
        Assert.Equal("other", (await engine.InstanceAsync(small.Id)).Variables["visited"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_parallel_join_waits_for_every_branch_and_continues_once()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(ForkAndJoin("parallel"));
        var instance = await engine.StartAsync("parallel");
        Assert.Equal(2, (await engine.TasksAsync(instance.Id)).Count(t => t.IsOpen));

        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "a")).Id);
        var halfway = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Active, halfway.Status);
        Assert.Contains(halfway.Tokens, t => t.ElementId == "join" && t.Status == TokenStatus.Joining);
        Assert.Null(halfway.Variables["visited"]);

        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "b")).Id);
        var done = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Single(done.Variables["visited"]!.AsArray());
    }

    [Fact]
    public async Task A_terminate_end_event_cancels_the_other_branches()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("terminate", $"""
            {Fork()}
            {Flow("fa2", "a", "stop")}
            {Flow("fb2", "b", "end")}
            <endEvent id="stop"><terminateEventDefinition id="t1" /></endEvent>
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("terminate");

        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "a")).Id);

        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Equal(UserTaskStatus.Cancelled, (await engine.TasksAsync(instance.Id)).Single(t => t.ElementId == "b").Status);
    }

    [Fact]
    public async Task A_fan_out_of_more_branches_than_the_visit_limit_is_no_loop()
    {
        await using var engine = await EngineHarness.CreateAsync();
        // More branches than the 1,000 visits an element may have along one flow, and than the step cap this guard replaced.
        var branches = string.Concat(Enumerable.Range(0, 1_200).Select(i => Flow($"b{i}", "fork", "join")));
        await engine.PublishAsync(Process("wide", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "fork")}
            <parallelGateway id="fork" />
            {branches}
            <parallelGateway id="join" />
            {Flow("f2", "join", "end")}
            <endEvent id="end" />
            """));

        var instance = await engine.InstanceAsync((await engine.StartAsync("wide")).Id);

        Assert.Equal(InstanceStatus.Completed, instance.Status);
    }

    [Fact]
    public async Task A_loop_without_any_wait_state_becomes_an_incident_instead_of_hanging()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("spin", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "gw")}
            <exclusiveGateway id="gw" default="fBack" />
            {Flow("fOut", "gw", "end", "${false}")}
            {Flow("fBack", "gw", "step")}
            <exclusiveGateway id="step" default="f2" />
            {Flow("f2", "step", "gw")}
            <endEvent id="end" />
            """));

        var instance = await engine.InstanceAsync((await engine.StartAsync("spin")).Id);

        Assert.Equal(InstanceStatus.Incident, instance.Status);
        Assert.Equal(EngineTexts.InstanceLoops.With(1_000, "step").ToString(), instance.IncidentMessage);
    }

    [Fact]
    public async Task A_second_start_for_a_running_business_key_is_refused_even_typed_with_spaces_around_it()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(ReturnLoop);
        var first = await engine.StartAsync("loop", businessKey: "SF-2027-000001");

        var refused = await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.StartAsync("loop", businessKey: " SF-2027-000001 "));

        Assert.Equal(EngineTexts.InstanceAlreadyRunning.With("loop", "SF-2027-000001").ToString(), refused.Message);
        var running = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowInstance>()
            .CountAsync(i => i.DefinitionKey == "loop"));
        Assert.Equal(1, running);
        Assert.Equal("SF-2027-000001", (await engine.InstanceAsync(first.Id)).BusinessKey);
    }

    [Fact]
    public async Task Completing_a_completed_task_is_a_conflict_and_changes_nothing()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(ReturnLoop);
        var instance = await engine.StartAsync("loop");
        var review = await engine.OpenTaskAsync(instance.Id, "review");
        await engine.CompleteAsync(review.Id, new JsonObject { ["complete"] = true });
        var journalBefore = (await engine.JournalAsync(instance.Id)).Count;

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CompleteAsync(review.Id, new JsonObject { ["complete"] = false }));

        Assert.Equal(journalBefore, (await engine.JournalAsync(instance.Id)).Count);
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task Two_simultaneous_completions_of_one_task_let_exactly_one_through()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("race", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "task")}
            {UserTask("task")}
            {Flow("f2", "task", "meet")}
            {ServiceTask("meet", "test-rendezvous")}
            {Flow("f3", "meet", "end")}
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("race");
        var task = await engine.OpenTaskAsync(instance.Id, "task");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
        {
            try
            {
                await engine.CompleteAsync(task.Id, new JsonObject { ["by"] = i }, "tester");
                return "ok";
            }
            catch (WorkflowConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Equal(["conflict", "ok"], attempts.Order());
        var journal = await engine.JournalAsync(instance.Id);
        Assert.Single(journal, j => j.Action == JournalAction.TaskCompleted);
        Assert.Single(journal, j => j.Action == JournalAction.Completed);
    }

    [Fact]
    public async Task Running_instances_stay_on_their_version_while_new_ones_take_the_latest()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(ReturnLoop);
        var onV1 = await engine.StartAsync("loop", businessKey: "old");
        await engine.PublishAsync(ReturnLoop.Replace("""<userTask id="correct" name="correct" """, """<userTask id="correct" name="Corregir v2" """));
        var onV2 = await engine.StartAsync("loop", businessKey: "new");

        Assert.Equal(1, onV1.DefinitionVersion);
        Assert.Equal(2, onV2.DefinitionVersion);
        await engine.CompleteAsync((await engine.OpenTaskAsync(onV1.Id, "review")).Id, new JsonObject { ["complete"] = false });
        await engine.CompleteAsync((await engine.OpenTaskAsync(onV2.Id, "review")).Id, new JsonObject { ["complete"] = false });
        Assert.Equal("correct", (await engine.OpenTaskAsync(onV1.Id, "correct")).Name);
        Assert.Equal("Corregir v2", (await engine.OpenTaskAsync(onV2.Id, "correct")).Name);
    }
}
