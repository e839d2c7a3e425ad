using WorkflowArchive.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Expressions;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The engine's answer when a rule outside it changes how long a wait lasts (a retention period): the pending timers of
/// one kind (those whose duration reads a given variable, such as <c>${retentionPeriod}</c>) move to a new due instant,
/// the variable takes its new value, and the journal says why. It works in the caller's unit of work, so the change
/// and the reschedule commit together; the instance takes a new revision, so a move racing with it fails (409).
/// </summary>
public sealed class TimerReschedule(DbContext db, DefinitionModels models, TimeProvider time)
{
    /// <summary>Returns false when the instance has no pending timer of that kind (its wait is over, or never began).</summary>
    public async Task<bool> RescheduleAsync(Guid instanceId, string durationVariable, string value, DateTimeOffset dueAt, string actor, string reason,
        CancellationToken cancellationToken)
    {
        var pending = await db.Set<WorkflowTimer>().Where(t => t.InstanceId == instanceId && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        if (pending.Count == 0) return false;
        var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == instanceId, cancellationToken);
        var model = models.TryGet(instance.DefinitionId, out var known)
            ? known
            : models.Get(await db.Set<WorkflowDefinition>().AsNoTracking().FirstAsync(d => d.Id == instance.DefinitionId, cancellationToken));
        var ofKind = pending.Where(t => model.Nodes.GetValueOrDefault(t.ElementId)?.Timer?.Duration is { } duration
            && ExpressionReads.Of(duration).Variables.Contains(durationVariable)).ToList();
        if (ofKind.Count == 0) return false;

        var now = time.GetUtcNow();
        foreach (var timer in ofKind)
        {
            timer.DueAt = dueAt;
            AppendBuffer.For(db).Add(new JournalEntry
            {
                InstanceId = instanceId, ElementId = timer.ElementId, Action = JournalAction.TimerScheduled, At = now, Actor = actor, Summary = reason,
            });
        }
        instance.Variables[durationVariable] = value;
        instance.CaptureState();
        return true;
    }
}
