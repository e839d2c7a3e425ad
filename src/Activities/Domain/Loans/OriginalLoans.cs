using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Loans;

/// <summary>The originals out on loan: which ones a dossier has out, all of them for the manager, and marking one back.</summary>
public sealed class OriginalLoans(DbContext db, TimeProvider time, BusinessCalendar calendar, DossierReadAhead readAhead)
{
    public const string LentAction = "Original prestado";
    public const string ReturnedAction = "Original devuelto";

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<OriginalLoan>>> OutFor = new(() =>
        EF.CompileAsyncQuery<DbContext, Guid, OriginalLoan>((db, dossierId) => db.Set<OriginalLoan>().Where(l => l.DossierId == dossierId && l.ReturnedAt == null).OrderBy(l => l.DueBackOn)));

    public async Task<List<OriginalLoan>> OutForAsync(Guid dossierId, CancellationToken cancellationToken) =>
        readAhead.LoansOutFor(dossierId)
        ?? await OutFor.For(db)(db, dossierId).ToListAsync(cancellationToken);

    /// <summary>Every original still out, the one due back first at the top.</summary>
    public Task<List<OriginalLoan>> AllOutAsync(CancellationToken cancellationToken) =>
        db.Set<OriginalLoan>().AsNoTracking().Where(l => l.ReturnedAt == null).OrderBy(l => l.DueBackOn).ThenBy(l => l.RequestNumber).ToListAsync(cancellationToken);

    /// <summary>"Original devuelto": the archive holds it again; a transfer waiting for it goes ahead at its next check.</summary>
    public async Task<OriginalLoan> MarkReturnedAsync(Guid loanId, string user, CancellationToken cancellationToken)
    {
        var loan = await db.Set<OriginalLoan>().FirstOrDefaultAsync(l => l.Id == loanId, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.LoanNotFound.With());
        if (!loan.IsOut) throw new WorkflowConflictException(DomainTexts.LoanAlreadyReturned.With(calendar.Today(loan.ReturnedAt!.Value), loan.ReturnedBy));
        loan.ReturnedAt = time.GetUtcNow();
        loan.ReturnedBy = user;
        db.Set<DossierEvent>().Add(new DossierEvent
        {
            DossierId = loan.DossierId, At = loan.ReturnedAt.Value, Actor = user, Action = ReturnedAction,
            Detail = $"Solicitud {loan.RequestNumber}: {loan.LentTo} devolvió el original",
        });
        await db.SaveChangesAsync(cancellationToken);
        return loan;
    }
}
