using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>How activities find the dossier of their instance and write its history.</summary>
public static class DossierAccess
{
    /// <summary>A batch's dossiers by order number, while it lasts (<see cref="DossierReadAhead"/>).</summary>
    private static readonly ConditionalWeakTable<DbContext, Dictionary<string, Dossier>> ReadAhead = new();

    public static async Task<Dossier> LoadAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await FindAsync(context, cancellationToken)
        ?? throw Missing(context);

    /// <summary>The step's incident when its instance has no dossier (a move that reads the dossier with more of its own throws it too).</summary>
    public static ActivityFailedException Missing(ActivityContext context) =>
        new(DomainTexts.DossierMissingForStep.With(context.BusinessKey));

    /// <summary>
    /// The instance's dossier, saved or added earlier in this same move (a binder registration adds it first). One already
    /// tracked is the move's current state, so a second activity of the move reads it without a query.
    /// </summary>
    public static async Task<Dossier?> FindAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Held(context) ?? await DossierLookup.ByOrderNumberAsync(context.Db, context.BusinessKey, tracked: true, cancellationToken);

    /// <summary>The instance's dossier when this move already holds it (read ahead with its batch, or tracked); null otherwise.</summary>
    public static Dossier? Held(ActivityContext context)
    {
        var orderNumber = context.BusinessKey;
        // The local view is searched one by one: in a batch of hundreds that made finding them quadratic.
        if (ReadAhead.TryGetValue(context.Db, out var batch) && batch.TryGetValue(orderNumber, out var read)) return read;
        return context.Db.TrackedOrDefault<Dossier>(d => d.OrderNumber == orderNumber);
    }

    /// <summary>Dossiers a batch read and tracks, for <see cref="FindAsync"/> to find by order number until <see cref="ForgetBatch"/>.</summary>
    internal static void RememberBatch(DbContext db, IEnumerable<Dossier> dossiers) =>
        ReadAhead.AddOrUpdate(db, dossiers.ToDictionary(d => d.OrderNumber, StringComparer.Ordinal));

    internal static void ForgetBatch(DbContext db) => ReadAhead.Remove(db);

    /// <summary>A history line, only ever added: it waits in the move's append buffer, outside the change tracker.</summary>
    public static void Record(ActivityContext context, Dossier dossier, string action, string? detail = null) =>
        AppendBuffer.For(context.Db).Add(new DossierEvent
        {
            DossierId = dossier.Id,
            At = context.Now,
            Actor = context.Actor,
            Action = action,
            Detail = detail,
        });
}
