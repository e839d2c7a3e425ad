using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Tells <see cref="IMoveCommittedListener"/> once outbox rows written (or put back in line) are really committed: at the
/// end of a SaveChanges that ran in its own transaction, or when the caller's own transaction commits (a timer sweep's
/// claim, a binder registered whole). Never before the commit, when a drain could not see the rows yet, and only once.
/// </summary>
public sealed class OutboxCommitAnnouncer(IMoveCommittedListener listener) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> _pending = new();

    /// <summary>For a pooled context passing to the next scope: an announcement its last scope never got to make is not the next one's.</summary>
    internal void Forget(DbContext db) => _pending.Remove(db);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Saving(context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Saving(context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside the caller's transaction nothing is visible yet: wait for TransactionCommitted.
        if (eventData.Context is { Database.CurrentTransaction: null } context) Announce(context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) Announce(context);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Announce(context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) Announce(context);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending)) pending.Value = false;
        return Task.CompletedTask;
    }

    /// <summary>
    /// A save is about to write (or, in a group commit, to hand its rows to the batch: <see cref="GroupCommitMove"/>): if it
    /// touches the outbox, the commit that follows is announced.
    /// </summary>
    internal void Saving(DbContext context)
    {
        if (TouchesOutbox(context)) _pending.GetOrCreateValue(context).Value = true;
    }

    /// <summary>A move whose writes a group commit (<see cref="GroupCommitWriter"/>) has just committed: announced now, once.</summary>
    public void Committed(DbContext context) => Announce(context);

    /// <summary>A move rolled back to its savepoint in a group commit, or whose batch failed: nothing of it is announced.</summary>
    public void RolledBack(DbContext context)
    {
        if (_pending.TryGetValue(context, out var pending)) pending.Value = false;
    }

    /// <summary>New messages, or parked ones put back in line; not the dispatcher's own bookkeeping, which would drain for ever.</summary>
    private static bool TouchesOutbox(DbContext context) =>
        Persistence.AppendBuffer.Existing(context)?.Holds<OutboxMessage>() == true
        || context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added
            || (e.State == EntityState.Modified && e.Property(m => m.ParkedAt).IsModified && e.Entity.ParkedAt is null));

    private void Announce(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending) || !pending.Value) return;
        pending.Value = false;
        listener.MoveCommitted();
    }
}
