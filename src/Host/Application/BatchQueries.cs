using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>What an order number turned out to be when scanned at reception: already filed, known to Smartflex, or neither.</summary>
public sealed record ScannedOrder(string OrderNumber, SmartflexSale? Sale, string? ExistingDossierStatus);

/// <summary>Registered binders, as the API and the Entregas page list them.</summary>
public sealed class BatchQueries(ArchiveDbContext db, ISmartflexGateway smartflex)
{
    public string SmartflexSource => smartflex.SourceName;

    public Task<PagedList<BatchView>> ListAsync(string? advisor, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Batch>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(advisor)) query = query.Where(b => b.AdvisorCode == advisor);
        if (from is not null) query = query.Where(b => b.DeliveredOn >= from);
        if (to is not null) query = query.Where(b => b.DeliveredOn <= to);
        return Paging.PageAsync(query.OrderByDescending(b => b.RegisteredAt), page, pageSize, b => BatchView.From(b, []), cancellationToken);
    }

    public async Task<BatchView> ReadAsync(string number, CancellationToken cancellationToken = default)
    {
        var batch = await db.Set<Batch>().AsNoTracking().FirstOrDefaultAsync(b => b.Number == number, cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.BatchNotFound.With(number));
        var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => d.BatchId == batch.Id).OrderBy(d => d.OrderNumber).ToListAsync(cancellationToken);
        return BatchView.From(batch, dossiers);
    }

    /// <summary>Checked as each number is scanned, so the manager sees at once what Smartflex knows and what is already filed.</summary>
    public async Task<ScannedOrder> LookUpAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<Dossier>().AsNoTracking().Where(d => d.OrderNumber == orderNumber)
            .Select(d => (DossierStatus?)d.Status).FirstOrDefaultAsync(cancellationToken);
        var sale = await smartflex.FindSaleAsync(orderNumber, cancellationToken);
        return new ScannedOrder(orderNumber, sale, existing?.ToString());
    }
}
