using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Application;

/// <summary>Reading step 5.2's catalog, as the API and the Catálogo page both do: services, transactions and the requirement versions.</summary>
public sealed class CatalogQueries(ArchiveDbContext db)
{
    public async Task<IReadOnlyList<ServiceType>> ServicesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ServiceType>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TransactionType>> TransactionsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<TransactionType>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);

    /// <summary>Every version of the requirement lists, newest first.</summary>
    public async Task<IReadOnlyList<RequirementSetView>> RequirementSetsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<RequirementSet>().AsNoTracking().Include(s => s.Items).OrderByDescending(s => s.Version).ToListAsync(cancellationToken))
            .Select(RequirementSetView.From).ToList();
}
