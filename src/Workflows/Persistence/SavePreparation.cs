using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// An interceptor whose part of a save only works out, from the unit of work, what else to write (the audit trail's
/// entries, a dossier's name words). A move runs that part ahead (<see cref="SavePreparation.AheadAsync"/>), before it
/// waits for SQLite's write turn, so the moves queued behind it wait only for its statements.
/// </summary>
public interface IPreparesSave
{
    Task PrepareSaveAsync(DbContext db, bool sync, CancellationToken cancellationToken);
}

/// <summary>Runs the context's <see cref="IPreparesSave"/> interceptors ahead of its next save, in the order they are registered.</summary>
public static class SavePreparation
{
    private static readonly ConditionalWeakTable<DbContext, object> RunAhead = new();

    /// <summary>
    /// Runs them now; until the result is disposed, their SavingChanges does nothing (<see cref="RanAhead"/>). Nothing may
    /// change the unit of work in between: what they worked out is what the save writes.
    /// </summary>
    public static async Task<IDisposable> AheadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors;
        if (interceptors is not null)
            foreach (var interceptor in interceptors)
                if (interceptor is IPreparesSave preparing) await preparing.PrepareSaveAsync(db, sync: false, cancellationToken);
        RunAhead.AddOrUpdate(db, RunAhead);
        return new Scope(db);
    }

    /// <summary>For an interceptor's SavingChanges: true when its part of this save was run ahead.</summary>
    public static bool RanAhead(DbContext db) => RunAhead.TryGetValue(db, out _);

    private sealed class Scope(DbContext db) : IDisposable
    {
        public void Dispose() => RunAhead.Remove(db);
    }
}
