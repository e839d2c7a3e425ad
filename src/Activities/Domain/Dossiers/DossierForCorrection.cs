using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// What a correction's check needs of its dossier, read with one statement and tracked, so the move's correction activity
/// then takes all three from the tracker: the dossier, its open return (the latest one not yet corrected) and its
/// required documents.
/// </summary>
internal sealed record DossierForCorrection(Dossier Dossier, DossierReturn? OpenReturn, List<DossierDocument> Required)
{
    /// <summary>One row per open return and required document (a dossier has one return open at a time); the tracker gives every row the same objects.</summary>
    private sealed record Row(Dossier Dossier, DossierReturn? Open, DossierDocument? Document);

    // Plain LEFT JOINs folded here: the latest return asked for in the query would make SQLite, which has no lateral
    // join, number every open return of the archive, and EF Core's shaper for lists costs more CPU than it saves.
    private static readonly CompiledPerModel<Func<DbContext, string, IAsyncEnumerable<Row>>> Read = new(() =>
        EF.CompileAsyncQuery((DbContext db, string orderNumber) =>
            from d in db.Set<Dossier>().Where(d => d.OrderNumber == orderNumber)
            from r in db.Set<DossierReturn>().Where(r => r.DossierId == d.Id && r.CorrectedAt == null).DefaultIfEmpty()
            from x in db.Set<DossierDocument>().Where(x => x.DossierId == d.Id && x.Required).DefaultIfEmpty()
            select new Row(d, r, x)));

    /// <summary>The dossier of this order number as a correction's check needs it; null when there is none.</summary>
    public static async Task<DossierForCorrection?> ReadAsync(DbContext db, string orderNumber, CancellationToken cancellationToken)
    {
        var rows = await Read.For(db)(db, orderNumber).ToListAsync(cancellationToken);
        if (rows.Count == 0) return null;
        return new DossierForCorrection(rows[0].Dossier,
            rows.Select(r => r.Open).OfType<DossierReturn>().MaxBy(r => r.Number),
            rows.Select(r => r.Document).OfType<DossierDocument>().Distinct().ToList());
    }
}
