using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>Reads of a task ahead of a move on it, shared by the engine and the callers that check access first.</summary>
public static class TaskReads
{
    /// <summary>
    /// The task with its instance and its timers, all tracked, in one round trip (null when there is no such task): a
    /// completion needs them, and the move then finds them in the tracker instead of reading each again.
    /// </summary>
    public static async Task<UserTask?> WithInstanceAsync(DbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        UserTask? task = null;
        await foreach (var row in EngineQueries.For(db).TaskWithInstance(db, taskId).WithCancellation(cancellationToken)) task = row.Task;
        if (task is not null) task.TimersTracked = true;
        return task;
    }
}
