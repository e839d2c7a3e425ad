using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// EF Core compares every tracked row with its snapshot on each <c>ChangeTracker.Entries()</c>, <c>HasChanges()</c>,
/// <c>DbSet.Local</c> and SaveChanges. A move's save is read by several interceptors (name words, audit trail, outbox
/// announcer, the set writer) before EF Core writes it, and each of them, then EF Core, compared the whole unit of work
/// again. Here it is compared once; whoever edits tracked rows after that (an interceptor) detects its own edits.
/// </summary>
public static class ChangeDetection
{
    /// <summary>Detects the changes once, then runs <paramref name="save"/> with automatic detection off.</summary>
    public static async Task SaveDetectingOnceAsync(this DbContext db, Func<Task> save)
    {
        var tracker = db.ChangeTracker;
        // Off already: the caller detects, as EF Core's own contract asks.
        if (!tracker.AutoDetectChangesEnabled)
        {
            await save();
            return;
        }
        tracker.DetectChanges();
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            await save();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>
    /// The first tracked row of <typeparamref name="T"/> that matches, without comparing the unit of work first: for a
    /// look-up by a value detection cannot change (a row by its key, a dossier by its order number), of a type no other
    /// row reaches by a navigation (so none becomes tracked only when detected).
    /// </summary>
    public static T? TrackedOrDefault<T>(this DbContext db, Func<T, bool> matches) where T : class
    {
        var tracker = db.ChangeTracker;
        var automatic = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Set<T>().Local.FirstOrDefault(matches);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = automatic;
        }
    }

    /// <summary>Every tracked row of <typeparamref name="T"/> that matches, under the same terms as <see cref="TrackedOrDefault{T}"/>.</summary>
    public static List<T> TrackedWhere<T>(this DbContext db, Func<T, bool> matches) where T : class
    {
        var tracker = db.ChangeTracker;
        var automatic = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Set<T>().Local.Where(matches).ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = automatic;
        }
    }

    /// <summary>The tracked entries as last detected, for a caller that has just detected them.</summary>
    public static List<EntityEntry> EntriesAsDetected(this ChangeTracker tracker)
    {
        var automatic = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries().ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = automatic;
        }
    }
}
