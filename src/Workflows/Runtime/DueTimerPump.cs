using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Finds timers that are due and fires each in its own move. A timer another worker fired first is skipped
/// (its row is no longer pending, or the instance revision moved on), so a timer moves its instance once.
/// </summary>
public sealed class DueTimerPump(DbContext db, TimeProvider time, WorkflowEngine engine, ILogger<DueTimerPump> logger)
{
    public async Task<int> FireDueAsync(int batchSize = 200, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = await db.Set<WorkflowTimer>().AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
                .OrderBy(t => t.DueAt).Select(t => t.Id).Take(batchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0) break;

            var progressed = 0;
            foreach (var timerId in due)
            {
                db.ChangeTracker.Clear();
                try
                {
                    if (await engine.FireTimerAsync(timerId, cancellationToken)) { fired++; progressed++; }
                }
                catch (WorkflowConflictException)
                {
                    logger.LogDebug("Timer {TimerId} was moved by another worker first.", timerId);
                }
            }
            if (progressed == 0) break;
        }
        return fired;
    }
}
