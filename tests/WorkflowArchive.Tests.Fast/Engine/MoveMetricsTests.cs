using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>The engine's meter: what a move records, and a race lost on a shared row run again and counted as a retry.</summary>
public sealed class MoveMetricsTests
{
    [Fact]
    public async Task A_move_records_its_duration_and_how_many_statements_it_sent()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("one-task", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "task")}
            {UserTask("task")}
            {Flow("f2", "task", "end")}
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("one-task");
        var task = await engine.OpenTaskAsync(instance.Id, "task");
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        await engine.CompleteAsync(task.Id);

        var duration = Assert.Single(measured.Of("workflow.move.duration", MoveKinds.CompleteTask));
        Assert.Equal("committed", duration.Outcome);
        Assert.InRange(duration.Value, 0.0000001, 60);
        // The move loads the task with its instance; on SQLite its batch writes the task, the instance, the journal and the
        // outbox, one statement each, counted as the batch's.
        var statements = Assert.Single(measured.Of("workflow.move.statements", MoveKinds.CompleteTask));
        Assert.InRange(statements.Value, 1, 40);
        Assert.Equal(4, Assert.Single(measured.Of("workflow.commit.statements")).Value);
        Assert.Empty(measured.Of("workflow.move.retries"));
    }

    [Fact]
    public async Task A_move_that_lost_a_race_on_a_shared_row_runs_again_commits_once_and_records_a_retry()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            db.Add(new ArchiveLocation { Kind = LocationKind.Box, Code = LostRaceActivity.BoxCode, Name = "Caja", Path = "Caja", Capacity = 40 });
            return db.SaveChangesAsync();
        });
        await engine.PublishAsync(Process("race", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "touch")}
            {ServiceTask("touch", "test-lost-race")}
            {Flow("f2", "touch", "task")}
            {UserTask("task")}
            {Flow("f3", "task", "end")}
            <endEvent id="end" />
            """));
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        var instance = await engine.StartAsync("race");

        Assert.Equal(InstanceStatus.Active, instance.Status);
        Assert.Equal(2, engine.Services.GetRequiredService<LostRaceRuns>().Count);
        var retry = Assert.Single(measured.Of("workflow.move.retries"));
        Assert.Equal((MoveKinds.Start, 1.0), (retry.Kind, retry.Value));
        Assert.Equal("committed", Assert.Single(measured.Of("workflow.move.duration", MoveKinds.Start)).Outcome);
        Assert.Empty(measured.Of("workflow.move.conflicts"));
        // The lost attempt left nothing: one start in the journal, one task, and the other writer's fill kept.
        Assert.Single(await engine.JournalAsync(instance.Id), j => j.Action == JournalAction.Started);
        Assert.Single(await engine.TasksAsync(instance.Id));
        var box = await engine.InScopeAsync(sp => sp.GetRequiredService<DbContext>().Set<ArchiveLocation>().AsNoTracking().SingleAsync(b => b.Code == LostRaceActivity.BoxCode));
        Assert.Equal((1, "Caja tocada 2"), (box.Filled, box.Name));
    }

    [Fact]
    public async Task Completing_a_task_someone_completed_first_is_a_conflict_recorded_as_such_and_not_run_again()
    {
        await using var engine = await EngineHarness.CreateAsync();
        await engine.PublishAsync(Process("one-task", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "task")}
            {UserTask("task")}
            {Flow("f2", "task", "end")}
            <endEvent id="end" />
            """));
        var instance = await engine.StartAsync("one-task");
        var task = await engine.OpenTaskAsync(instance.Id, "task");
        await engine.CompleteAsync(task.Id);
        using var measured = new EngineMeasurements(engine.Services.GetRequiredService<EngineMetrics>());

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CompleteAsync(task.Id, new JsonObject()));

        Assert.Equal(1.0, Assert.Single(measured.Of("workflow.move.conflicts", MoveKinds.CompleteTask)).Value);
        Assert.Empty(measured.Of("workflow.move.retries"));
    }

    [Theory]
    [InlineData("SELECT 1", 1)]
    [InlineData("INSERT INTO t VALUES (1);\nUPDATE t SET a = 'x;y' WHERE \"b;\" = 2;\nSELECT changes();", 3)]
    [InlineData("-- a comment; not a statement\nSELECT 1;  ", 1)]
    [InlineData("  ", 0)]
    [InlineData("SELECT a - b FROM t; ; ", 1)]
    [InlineData("UPDATE t SET a = 1 WHERE id = 2 RETURNING 1; ;\nUPDATE t SET a = 2 WHERE id = 3 RETURNING 1; ;", 2)]
    [InlineData("SELECT 'unclosed; quote", 1)]
    [InlineData("SELECT 1; -- trailing comment without end of line", 1)]
    [InlineData("SELECT \"a\";SELECT 'b'", 2)]
    public void The_statement_counter_counts_each_statement_of_a_batched_command(string sql, int expected) =>
        Assert.Equal(expected, StatementCounter.Statements(sql));
}
