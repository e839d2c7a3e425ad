using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// A request of the period answered "no encontrada", with the box its dossier was filed in and that box's last
/// inventory: the first place to look for why it was not found.
/// </summary>
public sealed record UnfoundRequest(string Number, DateTimeOffset RequestedAt, string? OrderNumber, string? Reason, string? BoxCode,
    Guid? LastInventoryId, DateTimeOffset? LastInventoryAt, DateTimeOffset? MissingSince);

/// <summary>The indicator's "no encontrada" outcomes of a period, one by one, linked to the last inventory of their box.</summary>
public sealed class UnfoundRequests(ArchiveDbContext db, PolicyCheck policy, BusinessCalendar calendar)
{
    public async Task<IReadOnlyList<UnfoundRequest>> InAsync(DateOnly from, DateOnly to, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Oversight);
        var period = ReportingPeriod.Of(from, to, calendar);
        var requests = await db.Set<RetrievalRequest>().AsNoTracking()
            .Where(r => r.Status == RetrievalStatus.NotFound && r.RequestedAt >= period.Start && r.RequestedAt < period.End)
            .OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        // A request names its dossier by id once matched, else by order number only.
        var ids = requests.Where(r => r.DossierId is not null).Select(r => r.DossierId!.Value).ToList();
        var orders = requests.Where(r => r.DossierId is null && r.OrderNumber is not null).Select(r => r.OrderNumber!).ToList();
        var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id) || orders.Contains(d.OrderNumber))
            .Select(d => new { d.Id, d.OrderNumber, d.BoxId, d.MissingSince }).ToListAsync(cancellationToken);
        var boxIds = dossiers.Where(d => d.BoxId is not null).Select(d => d.BoxId!.Value).Distinct().ToList();
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(b => boxIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        var inventories = (await db.Set<BoxInventory>().AsNoTracking().Where(i => boxIds.Contains(i.BoxId) && i.FinishedAt != null)
                .Select(i => new { i.Id, i.BoxId, i.FinishedAt }).ToListAsync(cancellationToken))
            .GroupBy(i => i.BoxId).ToDictionary(g => g.Key, g => g.MaxBy(i => i.FinishedAt)!);

        return requests.Select(r =>
        {
            var dossier = dossiers.FirstOrDefault(d => d.Id == r.DossierId) ?? dossiers.FirstOrDefault(d => r.DossierId is null && d.OrderNumber == r.OrderNumber);
            var box = dossier?.BoxId;
            var last = box is { } b ? inventories.GetValueOrDefault(b) : null;
            return new UnfoundRequest(r.Number, r.RequestedAt, dossier?.OrderNumber ?? r.OrderNumber, r.NotFoundReason,
                box is { } id ? boxes.GetValueOrDefault(id) : null, last?.Id, last?.FinishedAt, dossier?.MissingSince);
        }).ToList();
    }
}
