using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Finds dossiers at any step, transferred ones included, ordered by sale date then order number.</summary>
public sealed class DossierSearch(DbContext db)
{
    public async Task<IQueryable<Dossier>> QueryAsync(DossierSearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.SaleDateFrom > criteria.SaleDateTo)
            throw new WorkflowValidationException(DomainTexts.SaleDateRangeReversed.With(criteria.SaleDateFrom, criteria.SaleDateTo));
        var dossiers = db.Set<Dossier>().AsNoTracking();
        if (Given(criteria.OrderNumber) is { } order) dossiers = dossiers.Where(d => d.OrderNumber == order);
        if (Given(criteria.CustomerDocument) is { } document) dossiers = dossiers.Where(d => d.CustomerDocument == document);
        if (Given(criteria.AdvisorCode) is { } advisor) dossiers = dossiers.Where(d => d.AdvisorCode == advisor);
        if (criteria.SaleDateFrom is { } from) dossiers = dossiers.Where(d => d.SaleDate >= from);
        if (criteria.SaleDateTo is { } to) dossiers = dossiers.Where(d => d.SaleDate <= to);
        if (criteria.Channel is { } channel) dossiers = dossiers.Where(d => d.Channel == channel);
        if (criteria.Status is { } status) dossiers = dossiers.Where(d => d.Status == status);
        if (SearchText.Key(criteria.Name) is { Length: > 0 } prefix) dossiers = WithNamePrefix(dossiers, prefix);
        if (Given(criteria.Location) is { } place) dossiers = await AtLocationAsync(dossiers, place, cancellationToken);
        return dossiers.OrderBy(d => d.SaleDate).ThenBy(d => d.OrderNumber);
    }

    /// <summary>
    /// A range on the folded name rather than StartsWith/LIKE, so SQLite and PostgreSQL both answer it from the
    /// CustomerNameKey index (byte order in both: SQLite's BINARY collation, PostgreSQL's column collation "C").
    /// </summary>
    public static IQueryable<Dossier> WithNamePrefix(IQueryable<Dossier> dossiers, string prefix)
    {
        var pastPrefix = prefix + '\uffff';
        return dossiers.Where(d => string.Compare(d.CustomerNameKey, prefix) >= 0 && string.Compare(d.CustomerNameKey, pastPrefix) < 0);
    }

    /// <summary>
    /// A box code: the dossiers of that box (they keep it after leaving for Condebamba), read from the BoxId index. Any
    /// other text: anywhere in the location. Looking the box up first keeps the text scan, which no index can answer,
    /// out of the box-code search (with both in one OR, a million-row store scanned every dossier of the status).
    /// </summary>
    private async Task<IQueryable<Dossier>> AtLocationAsync(IQueryable<Dossier> dossiers, string place, CancellationToken cancellationToken)
    {
        var code = place.ToUpperInvariant();
        var box = await db.Set<ArchiveLocation>().Where(l => l.Kind == LocationKind.Box && l.Code.ToUpper() == code)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken);
        if (box is not null) return dossiers.Where(d => d.BoxId == box);
        var text = place.ToLowerInvariant();
        return dossiers.Where(d => d.Location != null && d.Location.ToLower().Contains(text));
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
