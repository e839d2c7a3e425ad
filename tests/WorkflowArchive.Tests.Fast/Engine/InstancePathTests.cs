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
}
