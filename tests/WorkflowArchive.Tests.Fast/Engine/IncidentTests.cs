using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

public sealed class IncidentTests
{
    private static readonly string Flaky = Process("flaky", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "review")}
        {UserTask("review")}
        {Flow("f2", "review", "flaky")}
        {ServiceTask("flaky", "test-flaky")}
        {Flow("f3", "flaky", "end")}
        <endEvent id="end" />
        """);

    [Fact]
    public async Task A_failing_activity_raises_an_incident_keeps_the_task_completion_and_undoes_its_own_writes()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Flaky);
        var instance = await engine.StartAsync("flaky");

        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "review")).Id, new JsonObject { ["checked"] = true });

        var failed = await engine.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Incident, failed.Status);
        Assert.Equal("flaky", failed.IncidentElementId);
        Assert.Equal(EngineTexts.ActivityVariableMissing.With("allowPass").ToString(), failed.IncidentMessage);
        Assert.True(failed.Variables["checked"]!.GetValue<bool>());
        Assert.Equal(UserTaskStatus.Completed, (await engine.TasksAsync(instance.Id)).Single().Status);
        Assert.Equal(0, await CountFlakyWritesAsync(engine));
        Assert.Contains(await engine.JournalAsync(instance.Id), j => j.Action == JournalAction.Incident && j.ElementId == "flaky");
    }

    private static readonly string RecordThenFlaky = Process("recordflaky", $"""
        <startEvent id="start" />
        {Flow("f1", "start", "review")}
        {UserTask("review")}
        {Flow("f2", "review", "record")}
        {ServiceTask("record", "test-record")}
        {Flow("f3", "record", "flaky")}
        {ServiceTask("flaky", "test-flaky")}
        {Flow("f4", "flaky", "end")}
        <endEvent id="end" />
        """);

    [Fact]
    public async Task A_failing_activity_runs_once_and_its_move_keeps_what_the_activities_before_it_did()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(RecordThenFlaky);
        var instance = await engine.StartAsync("recordflaky");
        var runs = engine.Services.GetRequiredService<FlakyRuns>();

        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "review")).Id);

        // The move ran again without it, its incident raised in its place: the activity is not run a second time.
        Assert.Equal(1, runs.Count);
        var failed = await engine.InstanceAsync(instance.Id);
        Assert.Equal(("flaky", EngineTexts.ActivityVariableMissing.With("allowPass").ToString()), (failed.IncidentElementId, failed.IncidentMessage));
        Assert.Equal(["record"], failed.Variables["visited"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(UserTaskStatus.Completed, (await engine.TasksAsync(instance.Id)).Single().Status);
        Assert.Equal(0, await CountFlakyWritesAsync(engine));
        Assert.Single(await engine.JournalAsync(instance.Id), j => j.Action == JournalAction.Incident);
    }

    [Fact]
    public async Task A_start_whose_activity_fails_starts_its_instance_in_an_incident()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("startflaky", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "flaky")}
            {ServiceTask("flaky", "test-flaky")}
            {Flow("f2", "flaky", "end")}
            <endEvent id="end" />
            """));

        var started = await engine.StartAsync("startflaky");

        // Each attempt of a start makes its instance afresh: the failure is known by process, business key and element.
        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal((InstanceStatus.Incident, "flaky"), (instance.Status, instance.IncidentElementId));
        Assert.Equal(1, engine.Services.GetRequiredService<FlakyRuns>().Count);
        Assert.Equal(1, await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<WorkflowInstance>().CountAsync()));
    }

    [Fact]
    public async Task Inside_its_callers_transaction_a_failing_activity_is_undone_alone_and_the_caller_commits_the_rest()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(RecordThenFlaky);
        var instance = await engine.StartAsync("recordflaky");
        var task = await engine.OpenTaskAsync(instance.Id, "review");

        await engine.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, null, "tester");
            await transaction.CommitAsync();
        });

        var failed = await engine.InstanceAsync(instance.Id);
        Assert.Equal((InstanceStatus.Incident, "flaky"), (failed.Status, failed.IncidentElementId));
        Assert.Equal(["record"], failed.Variables["visited"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(UserTaskStatus.Completed, (await engine.TasksAsync(instance.Id)).Single().Status);
        Assert.Equal(0, await CountFlakyWritesAsync(engine));
    }

    [Fact]
    public async Task Retrying_with_corrected_variables_resumes_the_instance()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Flaky);
        var instance = await engine.StartAsync("flaky");
        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "review")).Id);

        var stillFailing = await engine.RetryAsync(instance.Id);
        Assert.Equal(InstanceStatus.Incident, stillFailing.Status);

        var resumed = await engine.RetryAsync(instance.Id, new JsonObject { ["allowPass"] = true });
        Assert.Equal(InstanceStatus.Completed, resumed.Status);
        Assert.Null(resumed.IncidentMessage);
        Assert.Equal(1, await CountFlakyWritesAsync(engine));
    }

    [Fact]
    public async Task A_condition_over_a_missing_variable_is_an_incident_naming_the_problem()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("missing", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "gw")}
            <exclusiveGateway id="gw" default="fNo" />
            {Flow("fYes", "gw", "end", "${approved === true}")}
            {Flow("fNo", "gw", "end")}
            <endEvent id="end" />
            """));

        var instance = await engine.InstanceAsync((await engine.StartAsync("missing")).Id);

        Assert.Equal(InstanceStatus.Incident, instance.Status);
        Assert.Equal("gw", instance.IncidentElementId);
        Assert.Equal(EngineTexts.ExpressionUnknownVariable.With("${approved === true}", "approved").ToString(), instance.IncidentMessage);

        var resumed = await engine.RetryAsync(instance.Id, new JsonObject { ["approved"] = true });
        Assert.Equal(InstanceStatus.Completed, resumed.Status);
    }

    [Fact]
    public async Task An_expression_that_never_ends_is_stopped_by_the_sandbox()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("forever", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "gw")}
            <exclusiveGateway id="gw" default="fNo" />
            {Flow("fYes", "gw", "end", "${(function f(){ while(true){} })()}")}
            {Flow("fNo", "gw", "end")}
            <endEvent id="end" />
            """));

        var instance = await engine.InstanceAsync((await engine.StartAsync("forever")).Id);

        Assert.Equal(InstanceStatus.Incident, instance.Status);
        TextAssert.MadeFrom(EngineTexts.ExpressionFailed, instance.IncidentMessage);
    }

    [Fact]
    public async Task A_condition_that_does_not_give_true_or_false_is_an_incident()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("notbool", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "gw")}
            <exclusiveGateway id="gw" default="fNo" />
            {Flow("fYes", "gw", "end", "${'yes'}")}
            {Flow("fNo", "gw", "end")}
            <endEvent id="end" />
            """));

        var instance = await engine.InstanceAsync((await engine.StartAsync("notbool")).Id);

        Assert.Equal(EngineTexts.ExpressionNotBoolean.With("${'yes'}", "\"yes\"").ToString(), instance.IncidentMessage);
    }

    private static Task<int> CountFlakyWritesAsync(EngineHarness engine) =>
        engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<DossierEvent>().CountAsync(e => e.Action == "written by flaky"));
}
