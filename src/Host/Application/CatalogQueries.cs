using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Application;

/// <summary>Reading step 5.2's catalog, as the API and the Catálogo page both do: services, transactions and the requirement versions.</summary>
public sealed class CatalogQueries(ArchiveDbContext db, RequirementCatalog requirements, TimeProvider time)
{
    public async Task<IReadOnlyList<ServiceView>> ServicesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ServiceType>().AsNoTracking().OrderBy(s => s.Name).Select(s => ServiceView.From(s)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TransactionView>> TransactionsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<TransactionType>().AsNoTracking().OrderBy(t => t.Name).Select(t => TransactionView.From(t)).ToListAsync(cancellationToken);

    /// <summary>Every version of the requirement lists, newest first.</summary>
    public async Task<IReadOnlyList<RequirementSetView>> RequirementSetsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<RequirementSet>().AsNoTracking().Include(s => s.Items).OrderByDescending(s => s.Version).ToListAsync(cancellationToken))
            .Select(RequirementSetView.From).ToList();

    /// <summary>What a transaction needs, from the set in force on its sale date (today, La Paz, when none is given).</summary>
    public async Task<RequiredDocumentsView> RequiredDocumentsAsync(string service, string transaction, bool company, bool representative,
        DateOnly? saleDate, CancellationToken cancellationToken = default)
    {
        var date = saleDate ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var set = await requirements.InForceOnAsync(date, cancellationToken);
        // The rules read a dossier; a sale that is only being asked about has none yet.
        var probe = new Dossier
        {
            OrderNumber = "-", CustomerName = "-", CustomerDocument = "-", AdvisorCode = "-", ServiceCode = service, TransactionCode = transaction,
            CustomerIsCompany = company, SignedByRepresentative = representative,
        };
        return new RequiredDocumentsView(set.Version, RequirementCatalog.RequiredFor(set, probe)
            .Select(i => new RequiredDocumentView(i.DocumentCode, i.DocumentName, i.MustBeSigned, i.Keeps)).ToList());
    }
}
