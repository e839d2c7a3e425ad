using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Support;

/// <summary>Appends its element id to the <c>visited</c> list, so tests can see which service tasks ran and how often.</summary>
public sealed class RecordVisitActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("test-record", "Record visit", "Test activity", [], ["visited"]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var visited = context.Variables["visited"]?.DeepClone() as JsonArray ?? [];
        visited.Add(context.ElementId);
        return Task.FromResult(ActivityResult.Done($"visited {context.ElementId}", new JsonObject { ["visited"] = visited }));
    }
}

/// <summary>
/// Writes a dossier event, then fails unless the variable <c>allowPass</c> is true: shows that a failing
/// activity's own writes are undone while the move still commits the incident.
/// </summary>
public sealed class FlakyActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("test-flaky", "Flaky", "Test activity", ["allowPass"], []);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.Db.Set<DossierEvent>().Add(new DossierEvent { DossierId = Guid.Empty, Action = "written by flaky", At = context.Now });
        if (context.Variables["allowPass"]?.GetValue<bool>() != true)
            throw new ActivityFailedException(EngineTexts.ActivityVariableMissing.With("allowPass"));
        return Task.FromResult(ActivityResult.Done("passed"));
    }
}

/// <summary>Holds each move that reaches it until a second one arrives (or a short wait ends), so two moves race to commit.</summary>
public sealed class RendezvousActivity(Rendezvous rendezvous) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("test-rendezvous", "Rendezvous", "Test activity", [], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        await rendezvous.ArriveAsync();
        return ActivityResult.Done("met");
    }
}

public sealed class Rendezvous
{
    private int _arrived;
    private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) >= 2) _both.TrySetResult();
        await Task.WhenAny(_both.Task, Task.Delay(TimeSpan.FromSeconds(5)));
    }
}
