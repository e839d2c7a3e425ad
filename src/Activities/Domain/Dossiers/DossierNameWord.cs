namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// A dossier's customer name read from one of its words on (<see cref="SearchText.WordTails"/>), with what the search's
/// page is ordered by (sale date, then order number), so "salazar" finds "Pedro Salazar" and its page is read in order
/// from one index (<see cref="Prefix"/>, sale date, order number) and stops at the page's end. Kept by
/// <see cref="DossierNameWordsInterceptor"/>; nothing else writes these rows.
/// </summary>
public sealed class DossierNameWord
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

    public const int PrefixLength = 3;

    public static string PrefixOf(string words) => words.Length <= PrefixLength ? words : words[..PrefixLength];

    public static IEnumerable<DossierNameWord> Of(Dossier dossier) =>
        SearchText.WordTails(dossier.CustomerName).Select((words, i) => new DossierNameWord
        {
            DossierId = dossier.Id, Position = i, Words = words, Prefix = PrefixOf(words), SaleDate = dossier.SaleDate,
            OrderNumber = dossier.OrderNumber,
        });
}
