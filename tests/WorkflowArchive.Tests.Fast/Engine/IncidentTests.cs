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
