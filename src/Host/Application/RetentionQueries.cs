using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Application;

/// <summary>The retention period in force for each service: set by the process owner, else the configured one.</summary>
public sealed class RetentionQueries(ArchiveDbContext db, ArchiveOptions options)
{
    public async Task<IReadOnlyList<RetentionView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var policies = await db.Set<RetentionPolicy>().AsNoTracking().ToDictionaryAsync(p => p.ServiceCode, cancellationToken);
        var services = await db.Set<ServiceType>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return services.Select(s => policies.TryGetValue(s.Code, out var p)
            ? new RetentionView(s.Code, s.Name, p.Period, true, p.ChangedAt, p.ChangedBy)
            : new RetentionView(s.Code, s.Name, options.RetentionFor(s.Code), false, null, null)).ToList();
    }
}
