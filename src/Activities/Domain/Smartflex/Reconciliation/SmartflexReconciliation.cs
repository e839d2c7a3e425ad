using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Domain.Smartflex.Reconciliation;

/// <summary>How many sales of one advisor in the period still have no dossier.</summary>
public sealed record AdvisorGap(string AdvisorCode, string? AdvisorName, int MissingDossiers);

/// <summary>
/// Sales Smartflex recorded (our local table) for which no paperwork reached the archive: no dossier carries
/// their order number. The division uses it to chase advisors for binders they have not handed over.
/// </summary>
public sealed class SmartflexReconciliation(DbContext db)
{
    public Task<int> SalesInPeriodAsync(ReconciliationPeriod period, string? advisorCode, CancellationToken cancellationToken) =>
        InPeriod(period, advisorCode).CountAsync(cancellationToken);

    /// <summary>The missing sales ordered by advisor, then sale date and order number, ready to page.</summary>
    public IQueryable<SmartflexSale> WithoutDossier(ReconciliationPeriod period, string? advisorCode) =>
        MissingQuery(period, advisorCode).OrderBy(s => s.AdvisorCode).ThenBy(s => s.SaleDate).ThenBy(s => s.OrderNumber);

    public async Task<IReadOnlyList<AdvisorGap>> ByAdvisorAsync(ReconciliationPeriod period, string? advisorCode, CancellationToken cancellationToken)
    {
        var counts = await MissingQuery(period, advisorCode).GroupBy(s => s.AdvisorCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var codes = counts.Select(c => c.Code).ToList();
        var names = await db.Set<Advisor>().AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, cancellationToken);
        return counts.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => new AdvisorGap(c.Code, names.GetValueOrDefault(c.Code), c.Count)).ToList();
    }

    private IQueryable<SmartflexSale> MissingQuery(ReconciliationPeriod period, string? advisorCode) =>
        InPeriod(period, advisorCode).Where(s => !db.Set<Dossier>().Any(d => d.OrderNumber == s.OrderNumber));

    private IQueryable<SmartflexSale> InPeriod(ReconciliationPeriod period, string? advisorCode)
    {
        var query = db.Set<SmartflexSale>().AsNoTracking().Where(s => s.SaleDate >= period.From && s.SaleDate <= period.To);
        if (string.IsNullOrWhiteSpace(advisorCode)) return query;
        var advisor = advisorCode.Trim();
        return query.Where(s => s.AdvisorCode == advisor);
    }
}
