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
        if (Given(criteria.OrderNumber) is { } order) dossiers = WithOrderNumber(dossiers, order);
        if (Given(criteria.CustomerDocument) is { } document) dossiers = WithDocument(dossiers, document);
        if (Given(criteria.AdvisorCode) is { } advisor) dossiers = dossiers.Where(d => d.AdvisorCode == advisor);
        if (criteria.SaleDateFrom is { } from) dossiers = dossiers.Where(d => d.SaleDate >= from);
        if (criteria.SaleDateTo is { } to) dossiers = dossiers.Where(d => d.SaleDate <= to);
        if (criteria.Channel is { } channel) dossiers = dossiers.Where(d => d.Channel == channel);
        if (criteria.Status is { } status) dossiers = dossiers.Where(d => d.Status == status);
        if (SearchText.Key(criteria.Name) is { Length: > 0 } prefix) dossiers = WithNameWords(dossiers, prefix, criteria.SaleDateFrom, criteria.SaleDateTo);
        if (Given(criteria.Location) is { } place) dossiers = await AtLocationAsync(dossiers, place, cancellationToken);
        return dossiers.OrderBy(d => d.SaleDate).ThenBy(d => d.OrderNumber);
    }

    /// <summary>Only digits: the end of an order number ("000035"), read as a prefix of the reversed number. Anything else: that order exactly.</summary>
    public static IQueryable<Dossier> WithOrderNumber(IQueryable<Dossier> dossiers, string order)
    {
        if (!SearchText.IsDigits(order)) return dossiers.Where(d => d.OrderNumber == order);
        var (from, past) = PrefixRange(SearchText.Reversed(order));
        return dossiers.Where(d => string.Compare(d.OrderNumberReversed, from) >= 0 && string.Compare(d.OrderNumberReversed, past) < 0);
    }

    /// <summary>Only digits: the CI/NIT number whatever its extension ("4530562" finds "4530562 CB"). Anything else: that document exactly.</summary>
    public static IQueryable<Dossier> WithDocument(IQueryable<Dossier> dossiers, string document) => SearchText.IsDigits(document)
        ? dossiers.Where(d => d.CustomerDocumentNumber == document)
        : dossiers.Where(d => d.CustomerDocument == document);

    /// <summary>
    /// A prefix of any word of the name (or of several words in a row), as a range on the name's word tails, sale-date
    /// window included, so both stores answer it from one covering index. A range rather than StartsWith/LIKE: byte
    /// order in both (SQLite's BINARY collation, PostgreSQL's column collation "C").
    /// </summary>
    public IQueryable<Dossier> WithNameWords(IQueryable<Dossier> dossiers, string prefix, DateOnly? saleFrom = null, DateOnly? saleTo = null)
    {
        var (from, past) = PrefixRange(prefix);
        var words = db.Set<DossierNameWord>().Where(w => string.Compare(w.Words, from) >= 0 && string.Compare(w.Words, past) < 0);
        if (saleFrom is { } first) words = words.Where(w => w.SaleDate >= first);
        if (saleTo is { } last) words = words.Where(w => w.SaleDate <= last);
        var ids = words.Select(w => w.DossierId);
        return dossiers.Where(d => ids.Contains(d.Id));
    }

    private static (string From, string Past) PrefixRange(string prefix) => (prefix, prefix + '\uffff');

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
