using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;
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
/// activity's own writes are undone while the move still commits the incident. Counts how often it ran (<see cref="FlakyRuns"/>).
/// </summary>
public sealed class FlakyActivity(FlakyRuns runs) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("test-flaky", "Flaky", "Test activity", ["allowPass"], []);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs.Count);
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

/// <summary>
/// Renames the box coded <see cref="BoxCode"/> through the move's unit of work; the first time, another writer files a
/// dossier into that box meanwhile (its own scope, committed at once), so the move's save finds the box's fill changed:
/// a race lost on a shared row, as two people archiving into one box would have.
/// </summary>
public sealed class LostRaceActivity(IServiceScopeFactory scopes, LostRaceRuns runs) : IWorkflowActivity
{
    public const string BoxCode = "RACE-01";

    public ActivityDescriptor Descriptor { get; } = new("test-lost-race", "Lost race", "Test activity", [], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var box = await context.Db.Set<WorkflowArchive.Domain.Archive.ArchiveLocation>().SingleAsync(b => b.Code == BoxCode, cancellationToken);
        box.Name = $"Caja tocada {Interlocked.Increment(ref runs.Count)}";
        if (runs.Count == 1)
        {
            await using var other = scopes.CreateAsyncScope();
            await other.ServiceProvider.GetRequiredService<DbContext>().Set<WorkflowArchive.Domain.Archive.ArchiveLocation>()
                .Where(b => b.Code == BoxCode).ExecuteUpdateAsync(set => set.SetProperty(b => b.Filled, b => b.Filled + 1), cancellationToken);
        }
        return ActivityResult.Done("box touched");
    }
}

public sealed class LostRaceRuns
{
    public int Count;
}

public sealed class FlakyRuns
{
    public int Count;
}

/// <summary>
/// Writes a dossier event naming its instance's business key; with the variable <c>poison</c> true it also adds a row the
/// store refuses (no action), so the move's save fails as a whole, past the activity: a timer that cannot fire.
/// </summary>
public sealed class PoisonActivity : IWorkflowActivity
{
    public const string Marker = "written by poison";

    public ActivityDescriptor Descriptor { get; } = new("test-poison", "Poison", "Test activity", ["poison"], []);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.Db.Set<DossierEvent>().Add(new DossierEvent { DossierId = Guid.Empty, Action = Marker, Detail = context.BusinessKey, At = context.Now });
        if (context.OptionalBool("poison"))
            context.Db.Set<DossierEvent>().Add(new DossierEvent { DossierId = Guid.Empty, Action = null!, At = context.Now });
        return Task.FromResult(ActivityResult.Done("written"));
    }
}

/// <summary>
/// Appends (outside the change tracker, as the journal and a dossier's history are) a dossier event naming its instance's
/// business key, and with <c>poison</c> a second one the store refuses (no action): SQLite's group commit writes such rows
/// for all its moves at once, just before the COMMIT, where the failing move cannot be told from the others.
/// </summary>
public sealed class PoisonedRowActivity : IWorkflowActivity
{
    public const string Marker = "appended by poisoned row";

    public ActivityDescriptor Descriptor { get; } = new("test-poisoned-row", "Poisoned row", "Test activity", ["poison", "poisonNewRow"], []);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var appended = AppendBuffer.For(context.Db);
        appended.Add(new DossierEvent { DossierId = Guid.Empty, Action = Marker, Detail = context.BusinessKey, At = context.Now });
        if (context.OptionalBool("poison"))
            appended.Add(new DossierEvent { DossierId = Guid.Empty, Action = null!, At = context.Now });
        // A tracked new row that waits for the batch (INewRowsWaitForBatch), refused there.
        if (context.OptionalBool("poisonNewRow"))
            context.Db.Add(new WorkflowTimer { InstanceId = context.InstanceId, ElementId = null!, DueAt = context.Now });
        return Task.FromResult(ActivityResult.Done("written"));
    }
}

/// <summary>
/// Meets a store conflict once: the call <see cref="StoreConflict"/> strikes inserts a key twice into a table of its
/// own, so the store refuses the statement (a unique violation, which the engine counts as a lost race: the move
/// committed nothing and may run again). Any other call passes.
/// </summary>
public sealed class StoreConflictActivity(StoreConflict conflict) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("test-store-conflict", "Store conflict", "Test activity", [], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (conflict.Strikes())
        {
            await context.Db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE IF NOT EXISTS conflict_keys (k INTEGER PRIMARY KEY)", cancellationToken);
            await context.Db.Database.ExecuteSqlRawAsync("INSERT INTO conflict_keys VALUES (1), (1)", cancellationToken);
        }
        return ActivityResult.Done("passed");
    }
}

public sealed class StoreConflict : ArmedCall;

/// <summary>Armed with a count, the activity call that reaches it strikes, once.</summary>
public abstract class ArmedCall
{
    private int _callsLeft = -1;

    public void ArmAt(int call) => Volatile.Write(ref _callsLeft, call);

    public bool Strikes() => Interlocked.Decrement(ref _callsLeft) == 0;
}

/// <summary>Where the process "dies" in a test: the activity call it strikes throws.</summary>
public sealed class ProcessDeath : ArmedCall;

/// <summary>
/// Writes a dossier event naming its instance's business key, as <see cref="PoisonActivity"/> does; when
/// <see cref="ProcessDeath"/> strikes it throws an <see cref="OperationCanceledException"/>, which nothing in the engine
/// catches: the move and its caller's transaction end without a commit, as when the process is killed.
/// </summary>
public sealed class DyingActivity(ProcessDeath death) : IWorkflowActivity
{
    public const string Marker = "written before the death";

    public ActivityDescriptor Descriptor { get; } = new("test-dying", "Dying", "Test activity", [], []);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.Db.Set<DossierEvent>().Add(new DossierEvent { DossierId = Guid.Empty, Action = Marker, Detail = context.BusinessKey, At = context.Now });
        if (death.Strikes()) throw new OperationCanceledException("The process died here.");
        return Task.FromResult(ActivityResult.Done("written"));
    }
}
