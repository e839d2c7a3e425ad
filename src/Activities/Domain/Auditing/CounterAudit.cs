using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// The audit entry for a shared counter (a box's fill, a remisión's dossier count) moved by one statement of its own
/// rather than through the unit of work, which the interceptor cannot see: the same entry it would have written.
/// </summary>
internal static class CounterAudit
{
    public static void Record(DbContext db, string objectType, Guid objectId, string property, int after, DateTimeOffset now) =>
        db.Set<AuditEntry>().Add(AuditEntry.Of(objectType, objectId.ToString(), "Modified", now, actor: null,
            new Dictionary<string, (object? Before, object? After)> { [property] = (after - 1, after) }));

    /// <summary>Tells the unit of work the row already holds <paramref name="value"/>, so it neither writes it back nor checks it.</summary>
    public static void Settle<TEntity>(DbContext db, TEntity entity, string property, int value) where TEntity : class
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Detached) return;
        var column = entry.Property(property);
        column.CurrentValue = value;
        column.OriginalValue = value;
        column.IsModified = false;
    }
}
