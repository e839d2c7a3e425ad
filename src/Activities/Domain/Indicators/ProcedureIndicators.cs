using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Indicators;

/// <summary>
/// Computes the <see cref="IndicatorReport"/> for a period. Counting runs in the database; date arithmetic (means,
/// earliest dates) runs on small projections here, because SQLite stores instants as ticks and cannot aggregate them.
/// </summary>
public sealed class ProcedureIndicators(DbContext db, BusinessCalendar calendar, TimeProvider time, RetrievalCases cases)
{
    public static readonly TimeSpan TransferHorizon = TimeSpan.FromDays(90);

    private static readonly DossierStatus[] PastDecision =
        [DossierStatus.Classified, DossierStatus.Archived, DossierStatus.InTransfer, DossierStatus.Transferred];

    public async Task<IndicatorReport> ComputeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var period = ReportingPeriod.Of(from, to, calendar);
        var now = time.GetUtcNow();
        var retrieval = RetrievalOf(await cases.InAsync(period, now, cancellationToken), calendar);
        return new IndicatorReport(from, to, now,
            retrieval.Total, retrieval.ByMonth, retrieval.ByUnit,
            await FirstPassAsync(period, cancellationToken),
            await ReturnsByAdvisorAsync(period, cancellationToken),
            await CorrectionTimeAsync(period, cancellationToken),
            await DueForTransferAsync(now, cancellationToken),
            await OverdueTasksAsync(now, cancellationToken));
    }

    private static Retrieval RetrievalOf(IReadOnlyCollection<RetrievalCase> cases, BusinessCalendar calendar) => new(
        Indicator(cases),
        cases.GroupBy(c => calendar.Today(c.RequestedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RetrievalByMonth(g.Key, Indicator(g.ToList()))).ToList(),
        cases.GroupBy(c => c.Unit?.Trim())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RetrievalByUnit(g.Key, Indicator(g.ToList()))).ToList());

    private static RetrievalIndicator Indicator(IReadOnlyCollection<RetrievalCase> cases) =>
        RetrievalIndicator.Of(cases.Select(c => c.Outcome).ToList(), cases.Count(c => c.Unregistered));

    private sealed record Retrieval(RetrievalIndicator Total, List<RetrievalByMonth> ByMonth, List<RetrievalByUnit> ByUnit);

    private async Task<FirstPassIndicator> FirstPassAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var outcomes = await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.FirstReviewedAt >= period.Start && d.FirstReviewedAt < period.End)
            .Select(d => new { d.ReturnCount, d.Status })
            .ToListAsync(cancellationToken);
        return FirstPassIndicator.From(outcomes.Count,
            outcomes.Count(o => o.ReturnCount == 0 && PastDecision.Contains(o.Status)),
            outcomes.Count(o => o.ReturnCount > 0));
    }

    private async Task<List<AdvisorReturns>> ReturnsByAdvisorAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var counts = await db.Set<DossierReturn>().AsNoTracking()
            .Where(r => r.ReturnedAt >= period.Start && r.ReturnedAt < period.End)
            .GroupBy(r => r.AdvisorCode)
            .Select(g => new
            {
                AdvisorCode = g.Key,
                Returns = g.Count(),
                Dossiers = g.Select(r => r.DossierId).Distinct().Count(),
                StillOpen = g.Count(r => r.CorrectedAt == null),
            })
            .ToListAsync(cancellationToken);
        var codes = counts.Select(c => c.AdvisorCode).ToList();
        var advisors = await db.Set<Advisor>().AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, cancellationToken);
        var received = await db.Set<Dossier>().AsNoTracking()
            .Where(d => codes.Contains(d.AdvisorCode) && d.ReceivedAt >= period.Start && d.ReceivedAt < period.End)
            .GroupBy(d => d.AdvisorCode).Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        return counts
            .Select(c => new AdvisorReturns(c.AdvisorCode, advisors.GetValueOrDefault(c.AdvisorCode)?.Name,
                advisors.GetValueOrDefault(c.AdvisorCode)?.Channel, c.Returns, c.Dossiers, c.StillOpen, received.GetValueOrDefault(c.AdvisorCode)))
            .OrderByDescending(a => a.Returns).ThenBy(a => a.AdvisorCode, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<CorrectionTime> CorrectionTimeAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var corrected = await db.Set<DossierReturn>().AsNoTracking()
            .Where(r => r.CorrectedAt >= period.Start && r.CorrectedAt < period.End)
            .Select(r => new { r.ReturnedAt, CorrectedAt = r.CorrectedAt!.Value })
            .ToListAsync(cancellationToken);
        return CorrectionTime.Of(corrected.Select(r => r.CorrectedAt - r.ReturnedAt).ToList());
    }

    private async Task<TransferOutlook> DueForTransferAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + TransferHorizon;
        var due = await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Status == DossierStatus.Archived && d.RetentionDueAt >= now && d.RetentionDueAt <= until)
            .Select(d => new { d.BoxId, DueAt = d.RetentionDueAt!.Value })
            .ToListAsync(cancellationToken);
        var boxIds = due.Where(d => d.BoxId != null).Select(d => d.BoxId!.Value).Distinct().ToList();
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(l => boxIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var byBox = due.GroupBy(d => d.BoxId)
            .Select(g =>
            {
                var box = g.Key is { } id ? boxes.GetValueOrDefault(id) : null;
                return new BoxDue(box?.Code, box?.Path, g.Count(), g.Min(d => d.DueAt));
            })
            .OrderBy(b => b.FirstDueAt).ThenBy(b => b.BoxCode, StringComparer.Ordinal)
            .ToList();
        return new TransferOutlook(until, due.Count, byBox);
    }

    private async Task<OverdueTasks> OverdueTasksAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overdue = await db.Set<UserTask>().AsNoTracking()
            .Where(t => (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed) && t.DueAt < now)
            .Select(t => new { t.CandidateRole, DueAt = t.DueAt!.Value })
            .ToListAsync(cancellationToken);
        var byRole = overdue.GroupBy(t => t.CandidateRole)
            .Select(g => new RoleOverdue(g.Key, g.Count(), g.Min(t => t.DueAt)))
            .OrderByDescending(r => r.Tasks).ThenBy(r => r.Role, StringComparer.Ordinal)
            .ToList();
        return new OverdueTasks(overdue.Count, byRole);
    }
}
