using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows.Timing;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Archive;

public sealed record RetentionChangeResult(string ServiceCode, string Period, int RescheduledDossiers);

/// <summary>
/// Changes the retention period of a class of dossier and, in the same transaction, reschedules what is still waiting
/// for it. The rule: every archived dossier of that service whose retention timer is still pending gets
/// <c>due = archivedAt + new period</c>, on the dossier and on the timer. A due date that is already past is not moved
/// to "now": the timer is simply due, and the next sweep fires it. Dossiers whose retention already ended keep their
/// course. The engine reschedules the timers (<see cref="TimerReschedule"/>) and gives each touched instance a new
/// revision, so a timer firing at the same moment makes one of the two fail (HTTP 409) instead of both half-applying.
/// </summary>
public sealed class RetentionChange(DbContext db, TimeProvider time, TimerReschedule timers, BusinessCalendar calendar)
{
    /// <summary>The variable a retention timer's duration is written with in the shipped workflow: <c>${retentionPeriod}</c>.</summary>
    public const string PeriodVariable = "retentionPeriod";

    public async Task<RetentionChangeResult> SetAsync(string serviceCode, string period, string user, CancellationToken cancellationToken)
    {
        serviceCode = serviceCode.Trim();
        period = period.Trim().ToUpperInvariant();
        if (IsoDuration.Problem(period) is { } problem)
            throw new WorkflowValidationException(problem.Key == EngineTexts.DurationTooLong ? problem : DomainTexts.RetentionPeriodInvalid.With(period));
        var duration = IsoDuration.Parse(period);
        var now = time.GetUtcNow();
        if (calendar.Add(duration, now) <= now) throw new WorkflowValidationException(DomainTexts.RetentionPeriodNotPositive.With());
        if (!await db.Set<ServiceType>().AnyAsync(s => s.Code == serviceCode, cancellationToken))
            throw new WorkflowNotFoundException(DomainTexts.ServiceNotFound.With(serviceCode));

        var policy = await db.Set<RetentionPolicy>().FirstOrDefaultAsync(p => p.ServiceCode == serviceCode, cancellationToken);
        if (policy is null) db.Set<RetentionPolicy>().Add(policy = new RetentionPolicy { ServiceCode = serviceCode, Period = period });
        policy.Period = period;
        policy.ChangedAt = now;
        policy.ChangedBy = user;

        var rescheduled = 0;
        var dossiers = await db.Set<Dossier>()
            .Where(d => d.ServiceCode == serviceCode && d.Status == DossierStatus.Archived && d.ArchivedAt != null && d.InstanceId != null)
            .ToListAsync(cancellationToken);
        foreach (var dossier in dossiers)
        {
            // The engine moves the wait itself; a dossier whose retention timer already fired keeps its course.
            var due = calendar.Add(duration, dossier.ArchivedAt!.Value);
            var reason = $"Vence el {calendar.Local(due):dd/MM/yyyy HH:mm}: el resguardo de {serviceCode} cambió a {period}";
            if (!await timers.RescheduleAsync(dossier.InstanceId!.Value, PeriodVariable, period, due, user, reason, cancellationToken)) continue;
            dossier.RetentionPeriod = period;
            dossier.RetentionDueAt = due;
            rescheduled++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new WorkflowConflictException(DomainTexts.RetentionChangeConflict.With(), ex);
        }
        return new RetentionChangeResult(serviceCode, period, rescheduled);
    }
}
