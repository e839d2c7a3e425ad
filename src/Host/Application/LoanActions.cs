using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>The originals out on loan, for the manager's inbox and the API, and "Original devuelto" from the dossier page or the API.</summary>
public sealed class LoanActions(OriginalLoans loans, ArchiveDbContext db, PolicyCheck policy, ActorContext actor, TimeProvider time,
    BusinessCalendar calendar)
{
    public async Task<IReadOnlyList<LoanView>> OutAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Oversight);
        var lentOut = await loans.AllOutAsync(cancellationToken);
        var ids = lentOut.Select(l => l.DossierId).Distinct().ToList();
        var orders = await db.Set<Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.OrderNumber, cancellationToken);
        var today = calendar.Today(time.GetUtcNow());
        return lentOut.Select(l => LoanView.From(l, orders.GetValueOrDefault(l.DossierId, "—"), today)).ToList();
    }

    public async Task<LoanView> MarkReturnedAsync(Guid loanId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        // The audit trail of the loan names who received the original back.
        actor.SignIn(user.RequireName());
        var loan = await loans.MarkReturnedAsync(loanId, actor.Name, cancellationToken);
        var order = await db.Set<Dossier>().AsNoTracking().Where(d => d.Id == loan.DossierId).Select(d => d.OrderNumber).FirstAsync(cancellationToken);
        return LoanView.From(loan, order, calendar.Today(time.GetUtcNow()));
    }
}
