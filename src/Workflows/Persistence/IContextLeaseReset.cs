using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Forgets what a scope left attached to a pooled context, when the next scope takes it: rows a failed save left
/// buffered, a batch's read-ahead, a move's bookkeeping. Each layer that keeps state per context registers one; the host
/// runs them all on every lease.
/// </summary>
public interface IContextLeaseReset
{
    void Forget(DbContext db);
}
