using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Runs one move of the engine as one transaction, measured (<see cref="EngineMetrics"/>). A move that loses a race on
/// a row other moves share (<see cref="StoreConflicts"/>) committed nothing, so it runs again from a clean unit of work,
/// a few times with a short random pause; a race on its own instance or task is a 409 for the caller. Only a move that
/// began with nothing of its caller in hand (no caller transaction, no unsaved change) is run again: otherwise the caller
/// owns the transaction and decides (the sweep lane retries the timer; a binder registered whole fails whole). Such a
/// move also runs again when one of its activities fails, that activity's incident then raised without running it
/// (<see cref="ActivityFailures"/>); inside its caller's transaction it undoes the activity alone. On SQLite a
/// move that owns its transaction writes through the <see cref="GroupCommitWriter"/>, sharing its COMMIT with the moves
/// queued beside it (<see cref="GroupCommitMove"/>).
/// </summary>
internal sealed class MoveExecution(DbContext db, EngineMetrics metrics, StatementCounter statements, GroupCommitWriter? groupCommit = null)
{
    public const int MaxAttempts = 8;

    public async Task<T> RunAsync<T>(string kind, Func<Task<T>> move, CancellationToken cancellationToken)
    {
        using var span = EngineMetrics.Source.StartActivity("workflow.move");
        span?.SetTag(EngineMetrics.KindTag, kind);
        var started = Stopwatch.GetTimestamp();
        var statementsBefore = statements.CountFor(db);
        var callerTransaction = db.Database.CurrentTransaction;
        var appended = AppendBuffer.For(db);
        var appendedBefore = appended.Mark();
        var repeatable = callerTransaction is null && !db.ChangeTracker.HasChanges() && appended.IsEmpty;
        var writing = appended.TrackedRows;
        // A binder's dossiers, a review's documents: one INSERT per table, not per row.
        if (writing == TrackedRowsWriting.None) appended.TrackedRows = TrackedRowsWriting.Added;
        var outcome = "failed";
        var rowsInOwnTurn = false;
        var failures = repeatable ? ActivityFailures.Begin(db) : null;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var grouped = callerTransaction is null && groupCommit?.Applies(db) == true
                    ? GroupCommitMove.Enter(db, groupCommit, rowsInOwnTurn) : null;
                try
                {
                    var result = await move();
                    await CommitOwnAsync(grouped, callerTransaction, cancellationToken);
                    outcome = "committed";
                    return result;
                }
                catch (Exception ex) when (StoreConflicts.IsRetryable(ex))
                {
                    appended.RollBackTo(appendedBefore);
                    // The caller's transaction, the caller's call: it rolls back to its savepoint and decides (the rows
                    // this move appended are gone with the line above, or its caller's next save would write them).
                    if (!repeatable && callerTransaction is not null) throw;
                    await AbandonAsync(grouped, callerTransaction, clearTracker: true);
                    if (!repeatable || attempt >= MaxAttempts)
                    {
                        outcome = "conflict";
                        metrics.MoveConflicts.Add(1, new KeyValuePair<string, object?>(EngineMetrics.KindTag, kind));
                        throw new WorkflowConflictException(EngineTexts.ConcurrentChange.With(), ex);
                    }
                    metrics.MoveRetries.Add(1, new KeyValuePair<string, object?>(EngineMetrics.KindTag, kind));
                    rowsInOwnTurn |= ex is GroupCommitAbortedException { AppendedRowsFailed: true };
                    span?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["attempt"] = attempt, ["reason"] = ex.GetType().Name }));
                    await Task.Delay(Pause(attempt), cancellationToken);
                }
                catch (ActivityFailures.RunAgain) when (failures is not null)
                {
                    // An activity failed: the move runs again from a clean unit of work, its incident raised in its place.
                    // (A move nested in this one, inside its caller's unit of work, passes it out to here.)
                    await AbandonAsync(grouped, callerTransaction, clearTracker: true);
                    appended.RollBackTo(appendedBefore);
                    attempt--;
                }
                catch (DbUpdateConcurrencyException ex)
                {
                    // The instance or the task changed since this move read it: someone else moved it first.
                    await AbandonAsync(grouped, callerTransaction, clearTracker: true);
                    appended.RollBackTo(appendedBefore);
                    outcome = "conflict";
                    metrics.MoveConflicts.Add(1, new KeyValuePair<string, object?>(EngineMetrics.KindTag, kind));
                    throw new WorkflowConflictException(EngineTexts.ConcurrentChange.With(), ex);
                }
                catch (WorkflowConflictException)
                {
                    await AbandonAsync(grouped, callerTransaction, clearTracker: false);
                    appended.RollBackTo(appendedBefore);
                    outcome = "conflict";
                    metrics.MoveConflicts.Add(1, new KeyValuePair<string, object?>(EngineMetrics.KindTag, kind));
                    throw;
                }
                catch
                {
                    await AbandonAsync(grouped, callerTransaction, clearTracker: false);
                    appended.RollBackTo(appendedBefore);
                    throw;
                }
            }
        }
        finally
        {
            failures?.End();
            appended.TrackedRows = writing;
            var kindTag = new KeyValuePair<string, object?>(EngineMetrics.KindTag, kind);
            var outcomeTag = new KeyValuePair<string, object?>(EngineMetrics.OutcomeTag, outcome);
            metrics.MoveDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, kindTag, outcomeTag);
            if (statementsBefore is { } before && statements.CountFor(db) is { } after)
            {
                metrics.MoveStatements.Record((int)(after - before), kindTag, outcomeTag);
                span?.SetTag("db.statements", after - before);
            }
            span?.SetTag(EngineMetrics.OutcomeTag, outcome);
        }
    }

    /// <summary>
    /// Commits the transaction the move itself began (an activity's <see cref="MoveTransaction"/>), if any; a move in a
    /// group commit waits for its batch's COMMIT instead.
    /// </summary>
    private async Task CommitOwnAsync(GroupCommitMove? grouped, IDbContextTransaction? callerTransaction, CancellationToken cancellationToken)
    {
        if (grouped is { Writes: true })
        {
            await grouped.CommitAsync();
            return;
        }
        if (callerTransaction is not null || db.Database.CurrentTransaction is not { } own) return;
        await using (own) await own.CommitAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = true;
    }

    /// <summary>Rolls back what the move began (never its caller's transaction) and, before a new attempt, forgets what it loaded.</summary>
    private async Task AbandonAsync(GroupCommitMove? grouped, IDbContextTransaction? callerTransaction, bool clearTracker)
    {
        if (grouped is not null) await grouped.AbandonAsync();
        if (callerTransaction is null && db.Database.CurrentTransaction is { } own)
        {
            await own.DisposeAsync();
            db.Database.AutoSavepointsEnabled = true;
        }
        if (clearTracker) db.ChangeTracker.Clear();
    }

    /// <summary>A short random pause, longer after each lost race, so the racers do not meet again at once.</summary>
    private static TimeSpan Pause(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4 << Math.Min(attempt, 6)));
}
