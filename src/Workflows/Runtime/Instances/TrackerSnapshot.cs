using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The unit of work as it stood before an activity ran. If the activity throws, <see cref="Restore"/> undoes
/// exactly what it changed, so the move can still commit the progress made before it, plus the incident.
/// </summary>
internal sealed class TrackerSnapshot
{
    private readonly DbContext _db;
    private readonly Dictionary<object, (EntityState State, PropertyValues? Values)> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly AppendBuffer _appended;
    private readonly int _appendedMark;

    private TrackerSnapshot(DbContext db)
    {
        _db = db;
        _appended = AppendBuffer.For(db);
        _appendedMark = _appended.Mark();
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.EntriesAsDetected())
            _entries[entry.Entity] = (entry.State, KeepsItsOwnValues(entry) ? null : entry.CurrentValues.Clone());
    }

    public static TrackerSnapshot Take(DbContext db) => new(db);

    public void Restore()
    {
        _appended.RollBackTo(_appendedMark);
        _db.ChangeTracker.DetectChanges();
        foreach (var entry in _db.ChangeTracker.EntriesAsDetected())
        {
            if (!_entries.TryGetValue(entry.Entity, out var saved))
            {
                entry.State = EntityState.Detached;
                continue;
            }
            if (saved.Values is not null) entry.CurrentValues.SetValues(saved.Values);
            else if (saved.State == EntityState.Unchanged) entry.CurrentValues.SetValues(entry.OriginalValues);
            entry.State = saved.State;
        }
    }

    /// <summary>
    /// Rows whose values need no copy: journal and outbox rows are only ever added, never edited; an unchanged row's values
    /// are its original values, which the tracker keeps until the save (most rows a move reads are only read).
    /// </summary>
    private static bool KeepsItsOwnValues(EntityEntry entry) =>
        entry.Entity is JournalEntry or OutboxMessage || entry.State == EntityState.Unchanged;
}
