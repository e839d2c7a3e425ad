using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// An interceptor whose part of a save only works out, from the unit of work, what else to write (the audit trail's
/// entries, a dossier's name words). The save runs it, unless a move ran it ahead (<see cref="SavePreparation.AheadAsync"/>)
/// before it waited for SQLite's write turn, so that the moves queued behind it wait only for its statements.
/// </summary>
public abstract class PreparingSaveInterceptor : SaveChangesInterceptor
{
    /// <summary>Adds to the unit of work or the append buffer what this save must write besides.</summary>
    public abstract Task PrepareSaveAsync(DbContext db, bool sync, CancellationToken cancellationToken);

    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && !SavePreparation.RanAhead(db)) PrepareSaveAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && !SavePreparation.RanAhead(db)) await PrepareSaveAsync(db, sync: false, cancellationToken);
        return result;
    }
}

/// <summary>Runs a context's <see cref="PreparingSaveInterceptor"/>s ahead of its next save, in the order they are registered.</summary>
public static class SavePreparation
{
    private static readonly ConditionalWeakTable<DbContext, object> RunAhead = new();

    // Pooled contexts share their options: the interceptors are found once per options, not once per save.
    private static readonly ConditionalWeakTable<IDbContextOptions, PreparingSaveInterceptor[]> Preparing = new();

    /// <summary>
    /// Runs them now; until the result is disposed, their SavingChanges does nothing (<see cref="RanAhead"/>). Nothing may
    /// change the unit of work in between: what they worked out is what the save writes.
    /// </summary>
    public static async Task<IDisposable> AheadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var options = db.GetService<IDbContextOptions>();
        var preparing = Preparing.GetValue(options, o =>
            o.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<PreparingSaveInterceptor>().ToArray() ?? []);
        foreach (var interceptor in preparing) await interceptor.PrepareSaveAsync(db, sync: false, cancellationToken);
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
