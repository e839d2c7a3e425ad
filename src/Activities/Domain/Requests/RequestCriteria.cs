using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Domain.Requests;

/// <summary>What the requester knows of the transaction: any of order number, CI/NIT, name (prefix) and sale-date range.</summary>
public static class RequestCriteria
{
    public static bool IsEmpty(RetrievalRequest r) =>
        string.IsNullOrWhiteSpace(r.OrderNumber) && string.IsNullOrWhiteSpace(r.CustomerDocument) && string.IsNullOrWhiteSpace(r.CustomerName)
        && r.SaleDateFrom is null && r.SaleDateTo is null;

    public static IQueryable<Dossier> Matching(IQueryable<Dossier> dossiers, RetrievalRequest r)
    {
        if (!string.IsNullOrWhiteSpace(r.OrderNumber)) dossiers = dossiers.Where(d => d.OrderNumber == r.OrderNumber.Trim());
        if (!string.IsNullOrWhiteSpace(r.CustomerDocument)) dossiers = dossiers.Where(d => d.CustomerDocument == r.CustomerDocument.Trim());
        if (!string.IsNullOrWhiteSpace(r.CustomerName))
        {
            var key = SearchText.Key(r.CustomerName);
            dossiers = dossiers.Where(d => d.CustomerNameKey.StartsWith(key));
        }
        if (r.SaleDateFrom is { } from) dossiers = dossiers.Where(d => d.SaleDate >= from);
        if (r.SaleDateTo is { } to) dossiers = dossiers.Where(d => d.SaleDate <= to);
        return dossiers;
    }

    public static Task<List<Dossier>> CandidatesAsync(DbContext db, RetrievalRequest request, CancellationToken cancellationToken) =>
        Matching(db.Set<Dossier>().AsNoTracking(), request).OrderBy(d => d.SaleDate).ThenBy(d => d.OrderNumber).Take(20).ToListAsync(cancellationToken);
}
