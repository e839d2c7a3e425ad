using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Application;

/// <summary>The registered sales advisors, for the API and for the advisor-code picker of the Usuarios page.</summary>
public sealed class AdvisorQueries(ArchiveDbContext db)
{
    public async Task<IReadOnlyList<AdvisorView>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Advisor>().AsNoTracking().OrderBy(a => a.Name).Select(a => AdvisorView.From(a)).ToListAsync(cancellationToken);
}
