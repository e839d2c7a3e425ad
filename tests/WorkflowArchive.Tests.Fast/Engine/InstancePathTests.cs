using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Engine;

/// <summary>The path an instance took, read back from its journal, as the instance page draws it.</summary>
public sealed class InstancePathTests
{
    [Fact]
    public async Task A_parallel_split_lights_both_branches_and_the_open_one_is_active()
    {
        await using var engine = await EngineHarness.CreateAsync();
        var definition = await engine.PublishAsync(ForkAndJoin("split"));
        var instance = await engine.StartAsync("split");
        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "a")).Id);

        var path = InstancePath.Trace(new DefinitionModels().Get(definition), await engine.InstanceAsync(instance.Id), await engine.JournalAsync(instance.Id));

        Assert.Equal(["f1", "fa", "fa2", "fb"], path.TakenFlows.Order());
        Assert.Contains("join", path.Active);
        Assert.Contains("b", path.Active);
        Assert.DoesNotContain("after", path.Visited);
        Assert.Null(path.Incident);
    }

    [Fact]
    public async Task Elements_passed_through_in_one_move_are_one_journal_row_each_and_still_draw_the_flows_they_took()
    {
        await using var engine = await EngineHarness.CreateAsync();
        var definition = await engine.PublishAsync(ForkAndJoin("passed"));
        var instance = await engine.StartAsync("passed");
        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "a")).Id);
        await engine.CompleteAsync((await engine.OpenTaskAsync(instance.Id, "b")).Id);

        var journal = await engine.JournalAsync(instance.Id);
        foreach (var element in new[] { "start", "fork", "after", "end" })
            Assert.Equal([JournalAction.Passed], journal.Where(j => j.ElementId == element).Select(j => j.Action));
        // The join's first arrival waits in its move: entered there, passed in the move of the second.
        Assert.Equal([JournalAction.Entered, JournalAction.Passed], journal.Where(j => j.ElementId == "join").Select(j => j.Action));
        // A user task has its task rows between entering and leaving, in other moves: nothing to fold.
        Assert.Equal(JournalAction.Entered, journal.First(j => j.ElementId == "a").Action);
        Assert.Equal(JournalAction.Left, journal.Last(j => j.ElementId == "a").Action);

        var path = InstancePath.Trace(new DefinitionModels().Get(definition), await engine.InstanceAsync(instance.Id), journal);
        Assert.Equal(["f1", "f2", "f3", "fa", "fa2", "fb", "fb2"], path.TakenFlows.Order());
        Assert.Equal(["a", "after", "b", "end", "fork", "join", "start"], path.Visited.Order());
        Assert.Empty(path.Active);
    }
}
