using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// What a review needs of its dossier, read with one statement by whichever comes first in the move, the form's check or
/// the activity: the dossier and all its documents, tracked, and which requirement set is in force on its sale date
/// (asked every time: another host may have published one since).
/// </summary>
internal sealed record DossierForReview(Dossier Dossier, List<DossierDocument> Documents, Guid? RequirementSetId)
{
    /// <summary>One row per document (one without when it has none); the tracker gives every row the same dossier.</summary>
    private sealed record Row(Dossier Dossier, DossierDocument? Document, Guid? RequirementSetId);

    // A plain LEFT JOIN folded here, not a list in the projection: EF Core's shaper for lists cost SQLite's runs more CPU
    // than the statement it saved.
    private static readonly CompiledPerModel<Func<DbContext, string, IAsyncEnumerable<Row>>> Read = new(() =>
        EF.CompileAsyncQuery((DbContext db, string orderNumber) =>
            from d in db.Set<Dossier>().Where(d => d.OrderNumber == orderNumber)
            from x in db.Set<DossierDocument>().Where(x => x.DossierId == d.Id).DefaultIfEmpty()
            select new Row(d, x, db.Set<RequirementSet>().Where(s => s.EffectiveFrom <= d.SaleDate)
                .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Version).Select(s => (Guid?)s.Id).FirstOrDefault())));

    /// <summary>
    /// The documents read with a tracked dossier, kept for as long as that object lives: a retried move or the next lease
    /// of the context reads the dossier again, as a new object. The list is the move's own, so what the review adds to it
    /// keeps it whole; only a review of the same instance adds documents.
    /// </summary>
    private static readonly ConditionalWeakTable<Dossier, List<DossierDocument>> DocumentsRead = new();

    /// <summary>The dossier of this order number and the set in force on its sale date (the move's tracked dossier when it holds one); null when there is none.</summary>
    public static async Task<(Dossier Dossier, RequirementSet Set)?> DossierAndSetAsync(DbContext db, string orderNumber, Dossier? held,
        RequirementCatalog catalog, CancellationToken cancellationToken)
    {
        if (held is not null) return (held, await catalog.InForceOnAsync(held.SaleDate, cancellationToken));
        if (await ReadAsync(db, orderNumber, cancellationToken) is not { } read) return null;
        return (read.Dossier, await catalog.InForceOnAsync(read.Dossier.SaleDate, read.RequirementSetId, cancellationToken));
    }

    /// <summary>The same, with all the dossier's documents, tracked: those read with it, else from the store.</summary>
    public static async Task<(Dossier Dossier, List<DossierDocument> Documents, RequirementSet Set)?> WithDocumentsAsync(DbContext db,
        string orderNumber, Dossier? held, RequirementCatalog catalog, CancellationToken cancellationToken)
    {
        if (await DossierAndSetAsync(db, orderNumber, held, catalog, cancellationToken) is not ({ } dossier, { } set)) return null;
        var documents = DocumentsRead.TryGetValue(dossier, out var read) ? read : await DossierQueries.DocumentsAsync(db, dossier.Id, cancellationToken);
        return (dossier, documents, set);
    }

    private static async Task<DossierForReview?> ReadAsync(DbContext db, string orderNumber, CancellationToken cancellationToken)
    {
        var rows = await Read.For(db)(db, orderNumber).ToListAsync(cancellationToken);
        if (rows.Count == 0) return null;
        var read = new DossierForReview(rows[0].Dossier, rows.Where(r => r.Document is not null).Select(r => r.Document!).ToList(), rows[0].RequirementSetId);
        DocumentsRead.AddOrUpdate(read.Dossier, read.Documents);
        return read;
    }
}
