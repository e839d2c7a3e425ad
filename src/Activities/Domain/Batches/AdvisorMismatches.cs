using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Batches;

/// <summary>An order of a binder whose sale Smartflex records under another advisor, with the gestor(a)'s reason if given.</summary>
public sealed record AdvisorMismatch(string OrderNumber, Advisor Binder, string SaleAdvisorCode, string SaleAdvisorName, string? Reason)
{
    public bool Confirmed => !string.IsNullOrWhiteSpace(Reason);

    public FieldError Error => new($"{BinderContract.Entries}.{OrderNumber}", DomainTexts.AdvisorMismatchOrder.With(OrderNumber, SaleAdvisorName, Binder.Name));

    /// <summary>A confirmed order keeps the binder's advisor: the reason goes on the dossier (audited with it) and in its history.</summary>
    public void Record(DbContext db, Dossier dossier, DateTimeOffset now, string user)
    {
        dossier.AdvisorReason = Reason!.Trim();
        db.Set<DossierEvent>().Add(new DossierEvent
        {
            DossierId = dossier.Id, At = now, Actor = user, Action = BatchRegistration.MismatchConfirmedAction,
            Detail = $"Smartflex: {SaleAdvisorName}; archivador: {Binder.Name}. Motivo: {dossier.AdvisorReason}",
        });
    }
}

/// <summary>
/// The rule that keeps a dossier from silently becoming another advisor's: an order whose Smartflex sale names someone
/// else is held back until it goes to a binder of that advisor or is confirmed here with a reason.
/// </summary>
public sealed class AdvisorMismatches(IReadOnlyList<AdvisorMismatch> all)
{
    public static async Task<AdvisorMismatches> FindAsync(DbContext db, Advisor binder, IReadOnlyList<BatchEntry> entries,
        IReadOnlyDictionary<string, SmartflexSale?> sales, CancellationToken cancellationToken)
    {
        var differing = entries.Where(e => sales[e.OrderNumber] is { } sale && sale.AdvisorCode != binder.Code).ToList();
        if (differing.Count == 0) return new([]);
        var codes = differing.Select(e => sales[e.OrderNumber]!.AdvisorCode).Distinct().ToList();
        var names = await db.Set<Advisor>().AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, cancellationToken);
        return new(differing.Select(e =>
        {
            var code = sales[e.OrderNumber]!.AdvisorCode;
            return new AdvisorMismatch(e.OrderNumber, binder, code, names.GetValueOrDefault(code, code), e.AdvisorMismatchReason);
        }).ToList());
    }

    public AdvisorMismatch? Of(string orderNumber) => all.FirstOrDefault(m => m.OrderNumber == orderNumber);

    /// <summary>Refuses the whole binder (422, code <c>advisor-mismatch</c>) while any such order has no reason, naming each.</summary>
    public void EnsureConfirmed()
    {
        var held = all.Where(m => !m.Confirmed).ToList();
        if (held.Count == 0) return;
        var parts = held.Select(m => DomainTexts.AdvisorMismatchPart.With(m.OrderNumber, m.SaleAdvisorName, m.Binder.Name)).ToList();
        throw new InvalidInputException(DomainTexts.AdvisorMismatch.With(parts), held.Select(m => m.Error).ToList());
    }
}
