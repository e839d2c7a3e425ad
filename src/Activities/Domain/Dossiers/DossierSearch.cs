using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Finds dossiers at any step, transferred ones included, ordered by sale date then order number.</summary>
public sealed class DossierSearch(DbContext db)
{
    /// <summary>The matches in the page's order (sale date, then order number).</summary>
    public async Task<IQueryable<Dossier>> QueryAsync(DossierSearchCriteria criteria, CancellationToken cancellationToken) =>
        (await MatchesAsync(criteria, cancellationToken)).Ordered;

    /// <summary>
    /// The matches in the page's order, and the same matches as ids in no order, to count: a count needs no sort, and a
    /// name search with no other filter counts from the word index alone, without reading a dossier row.
    /// </summary>
    public async Task<DossierMatches> MatchesAsync(DossierSearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.SaleDateFrom > criteria.SaleDateTo)
            throw new WorkflowValidationException(DomainTexts.SaleDateRangeReversed.With(criteria.SaleDateFrom, criteria.SaleDateTo));
        var all = db.Set<Dossier>().AsNoTracking();
        var dossiers = all;
        if (Given(criteria.OrderNumber) is { } order) dossiers = WithOrderNumber(dossiers, order);
        if (Given(criteria.CustomerDocument) is { } document) dossiers = WithDocument(dossiers, document);
        if (Given(criteria.AdvisorCode) is { } advisor) dossiers = dossiers.Where(d => d.AdvisorCode == advisor);
        if (criteria.Channel is { } channel) dossiers = dossiers.Where(d => d.Channel == channel);
        if (criteria.Status is { } status) dossiers = dossiers.Where(d => d.Status == status);
        if (Given(criteria.Location) is { } place) dossiers = await AtLocationAsync(dossiers, place, cancellationToken);
        if (SearchText.Key(criteria.Name) is { Length: > 0 } prefix)
        {
            var words = FirstMatchingWords(prefix, criteria.SaleDateFrom, criteria.SaleDateTo);
            var joined = from w in words join d in dossiers on w.DossierId equals d.Id select new { w, d };
            var ordered = joined.OrderBy(x => x.w.SaleDate).ThenBy(x => x.w.OrderNumber).Select(x => x.d);
            return new DossierMatches(ordered, ReferenceEquals(dossiers, all) ? words.Select(w => w.DossierId) : joined.Select(x => x.d.Id));
        }
        if (criteria.SaleDateFrom is { } from) dossiers = dossiers.Where(d => d.SaleDate >= from);
        if (criteria.SaleDateTo is { } to) dossiers = dossiers.Where(d => d.SaleDate <= to);
        return new DossierMatches(dossiers.OrderBy(d => d.SaleDate).ThenBy(d => d.OrderNumber), dossiers.Select(d => d.Id));
    }

    /// <summary>
    /// A prefix of any word of the name (or of several words in a row), read from the word rows, which carry the page's
    /// order (their copy of the sale date and order number): with three letters or more the prefix's first three are an
    /// equality and the dates a range on one index already in that order, so a page reads its rows (and the capped
    /// count 1,001) instead of every match; dossier filters are tested on the joined rows as they come. A dossier two of
    /// whose words match ("Pedro Pedraza", "ped") is kept once, at its first matching word. With three letters or more
    /// only a row whose prefix an earlier word of its name shares (<see cref="DossierNameWord.RepeatsPrefix"/>, rare) can
    /// be such a second match, so only those rows are checked; the check seeks the same index (a dossier's rows share
    /// its sale date and order number), so it reads no table row.
    /// </summary>
    private IQueryable<DossierNameWord> FirstMatchingWords(string prefix, DateOnly? saleFrom, DateOnly? saleTo)
    {
        var words = NameWordsStarting(prefix);
        if (saleFrom is { } first) words = words.Where(w => w.SaleDate >= first);
        if (saleTo is { } last) words = words.Where(w => w.SaleDate <= last);
        var everyRowChecked = prefix.Length < DossierNameWord.PrefixLength;
        return words.Where(w => (!everyRowChecked && !w.RepeatsPrefix) || !NameWordsStarting(prefix).Any(o => o.SaleDate == w.SaleDate
            && o.OrderNumber == w.OrderNumber && o.DossierId == w.DossierId && o.Position < w.Position));
    }

    /// <summary>
    /// The word rows that start with the prefix: a range on the words (byte order in both stores: SQLite's BINARY
    /// collation, PostgreSQL's column collation "C"), with the prefix's first letters as an equality on
    /// <see cref="DossierNameWord.Prefix"/>, so the rows come out of the index in the page's order. One or two letters
    /// ("de", "e", "Li") match that whole word only: as a beginning they would match a large part of the archive, to be
    /// sorted before the first page could be shown.
    /// </summary>
    private IQueryable<DossierNameWord> NameWordsStarting(string prefix)
    {
        var words = db.Set<DossierNameWord>();
        if (prefix.Length >= DossierNameWord.PrefixLength)
        {
            var (from, past) = PrefixRange(prefix);
            var key = DossierNameWord.PrefixOf(prefix);
            return words.Where(w => w.Prefix == key && string.Compare(w.Words, from) >= 0 && string.Compare(w.Words, past) < 0);
        }
        // The word ends the name, or a space or hyphen follows it: a two-letter word's rows then share one prefix ("de "),
        // a one-letter word's a short range of them ("e a", "e b"…).
        var (spaced, pastSpaced) = PrefixRange(prefix + " ");
        var (hyphened, pastHyphened) = PrefixRange(prefix + "-");
        return words.Where(w => (w.Prefix == prefix && w.Words == prefix)
            || (string.Compare(w.Prefix, spaced) >= 0 && string.Compare(w.Prefix, pastSpaced) < 0 && string.Compare(w.Words, pastSpaced) < 0)
            || (string.Compare(w.Prefix, hyphened) >= 0 && string.Compare(w.Prefix, pastHyphened) < 0 && string.Compare(w.Words, pastHyphened) < 0));
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

/// <summary>A search's matches: <see cref="Ordered"/> to page or export, <see cref="Counted"/> (their ids, unordered) to count.</summary>
public sealed record DossierMatches(IQueryable<Dossier> Ordered, IQueryable<Guid> Counted);
