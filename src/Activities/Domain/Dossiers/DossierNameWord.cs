using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// A dossier's customer name read from one of its words on (<see cref="SearchText.WordTails"/>), with what the search's
/// page is ordered by (sale date, then order number), so "salazar" finds "Pedro Salazar" and its page is read in order
/// from one index (<see cref="Prefix"/>, sale date, order number) and stops at the page's end. Kept by
/// <see cref="DossierNameWordsInterceptor"/>; nothing else writes these rows.
/// </summary>
public sealed class DossierNameWord : INewRowsWaitForBatch
{
    public Guid DossierId { get; set; }

    /// <summary>Which word the tail starts at: 0 for the whole name.</summary>
    public int Position { get; set; }
    public required string Words { get; set; }

    /// <summary>
    /// The first <see cref="PrefixLength"/> characters of <see cref="Words"/>: a search of that many letters or more is an
    /// equality on it, so the rows it may match come out of the index already in sale-date order.
    /// </summary>
    public required string Prefix { get; set; }
    public DateOnly SaleDate { get; set; }

    /// <summary>The dossier's order number: the page's tie-breaker after the sale date (unique).</summary>
    public required string OrderNumber { get; set; }

    /// <summary>
    /// An earlier word of the same name has the same <see cref="Prefix"/> ("Pedro Pedraza": true for "pedraza"). Only
    /// then can a search of three letters or more match this dossier twice, so only such rows need the check that keeps
    /// a dossier once: the others are counted and paged straight from the index.
    /// </summary>
    public bool RepeatsPrefix { get; set; }

    public const int PrefixLength = 3;

    public static string PrefixOf(string words) => words.Length <= PrefixLength ? words : words[..PrefixLength];

    public static IEnumerable<DossierNameWord> Of(Dossier dossier) =>
        RowsOf(dossier.CustomerName).Select(row => new DossierNameWord
        {
            DossierId = dossier.Id, Position = row.Position, Words = row.Words, Prefix = row.Prefix, RepeatsPrefix = row.RepeatsPrefix,
            SaleDate = dossier.SaleDate, OrderNumber = dossier.OrderNumber,
        });

    /// <summary>The word rows' own columns for a name, in word order (the bench's bulk loader writes the same).</summary>
    public static IEnumerable<(int Position, string Words, string Prefix, bool RepeatsPrefix)> RowsOf(string? customerName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var words in SearchText.WordTails(customerName))
        {
            var prefix = PrefixOf(words);
            yield return (position++, words, prefix, !seen.Add(prefix));
        }
    }
}
