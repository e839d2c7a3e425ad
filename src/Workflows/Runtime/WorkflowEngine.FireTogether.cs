using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Fires claimed timers of different instances as one move: their instances are loaded with one query, the domain reads
    /// ahead what their activities will need (<see cref="IBatchReadAhead"/>), the interpreter moves each instance in
    /// memory, and one SaveChanges writes them all, each table with as few statements as the store allows. Any failure
    /// leaves nothing behind in the caller's transaction but what it must roll back to its savepoint; the caller then
    /// fires the same timers one by one (<see cref="TimerSweepLane"/>), where a bad one fails alone. The timers must be
    /// tracked (as the lane attaches what it claimed). Returns those that fired.
    /// </summary>
    public Task<IReadOnlyList<WorkflowTimer>> FireTimersTogetherAsync(IReadOnlyList<WorkflowTimer> timers, CancellationToken cancellationToken = default) =>
        _moves.RunAsync(MoveKinds.FireTimers, () => FireTogetherMoveAsync(timers, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<WorkflowTimer>> FireTogetherMoveAsync(IReadOnlyList<WorkflowTimer> timers, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var due = timers.Where(t => IsDue(t, now)).ToList();
        var instanceIds = due.Select(t => t.InstanceId).Distinct().ToList();
        if (instanceIds.Count != due.Count)
            throw new ArgumentException("Two timers of one instance are fired one after the other, not together.", nameof(timers));
        if (due.Count == 0) return due;

        await using var connection = await HeldConnection.OpenAsync(_db, cancellationToken);
        var instances = await _db.Set<WorkflowInstance>().Where(i => EF.Parameter(instanceIds).Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        // The tracker holds the whole batch: every DbSet.Local look-up of an activity would otherwise compare all of it
        // again (quadratic in the batch size). SaveChanges detects them once.
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var readAhead in _readAheads) await readAhead.ReadAheadAsync(instances.Values, cancellationToken);
            foreach (var timer in due)
            {
                var instance = instances.GetValueOrDefault(timer.InstanceId) ?? throw new WorkflowNotFoundException(EngineTexts.InstanceNotFound.With());
                var move = new MoveContext(_db, await ModelAsync(instance.DefinitionId, cancellationToken), instance, now, ActorContext.System) { WithOthers = true };
                await FireAsync(timer, move, cancellationToken);
                instance.CaptureState();
            }
        }
        finally
        {
            foreach (var readAhead in _readAheads) readAhead.Forget();
            _db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        await _db.AsSetsAsync(() => SaveAsync(cancellationToken));
        return due;
    }
}
