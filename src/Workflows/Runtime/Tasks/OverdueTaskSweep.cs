using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Announces, once, each open task that has passed its due date: an outbox TaskOverdue written in the same save that
/// marks the task, so a second sweep (or another host) does not announce it again.
/// </summary>
public sealed class OverdueTaskSweep(DbContext db, TimeProvider time, SqliteWriteTurns writeTurns)
{
    public async Task<int> AnnounceAsync(int batchSize = 200, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Set<UserTask>()
            .Where(t => (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed) && t.DueAt <= now && t.OverdueNotifiedAt == null)
            .OrderBy(t => t.DueAt).Take(batchSize).ToListAsync(cancellationToken);
        var outbox = new OutboxWriter(db, now);
        foreach (var task in overdue)
        {
            task.OverdueNotifiedAt = now;
            task.Revision = RandomIds.Next();
            outbox.Enqueue(OutboxMessageTypes.TaskOverdue, TaskNotifications.From(task), $"task-overdue:{task.Id}");
        }
        try
        {
            using (await writeTurns.WaitAsync(db, cancellationToken)) await db.SaveChangesAsync(cancellationToken);
            return overdue.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            // A task was completed or claimed meanwhile; the next sweep looks again.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
