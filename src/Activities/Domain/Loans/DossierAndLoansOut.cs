using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Loans;

/// <summary>
/// A dossier, tracked, with its originals still out, due back first (as <see cref="OriginalLoans.OutForAsync"/> finds
/// them), in one statement: for the hold check of a retention timer that fires on its own (a batch reads these ahead).
/// Its legal holds are asked apart: their match on box or customer is no join SQLite can run.
/// </summary>
internal sealed record DossierAndLoansOut(Dossier Dossier, List<OriginalLoan> LoansOut)
{
    /// <summary>One row per loan out (one without when none is); the tracker gives every row the same dossier.</summary>
    private sealed record Row(Dossier Dossier, OriginalLoan? Loan);

    private static readonly CompiledPerModel<Func<DbContext, string, IAsyncEnumerable<Row>>> Read = new(() =>
        EF.CompileAsyncQuery((DbContext db, string orderNumber) =>
            from d in db.Set<Dossier>().Where(d => d.OrderNumber == orderNumber)
            from l in db.Set<OriginalLoan>().Where(l => l.DossierId == d.Id && l.ReturnedAt == null).DefaultIfEmpty()
            select new Row(d, l)));

    /// <summary>The dossier of this order number with its loans out; null when there is none.</summary>
    public static async Task<DossierAndLoansOut?> ReadAsync(DbContext db, string orderNumber, CancellationToken cancellationToken)
    {
        var rows = await Read.For(db)(db, orderNumber).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null
            : new DossierAndLoansOut(rows[0].Dossier, rows.Select(r => r.Loan).OfType<OriginalLoan>().OrderBy(l => l.DueBackOn).ToList());
    }
}
