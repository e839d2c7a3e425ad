namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// A dossier's customer name read from one of its words on (<see cref="SearchText.WordTails"/>), with the sale date, so
/// "salazar" finds "Pedro Salazar" by an index range, a sale-date window included. Kept by
/// <see cref="DossierNameWordsInterceptor"/>; nothing else writes these rows.
/// </summary>
public sealed class DossierNameWord
{
    public Guid DossierId { get; set; }

    /// <summary>Which word the tail starts at: 0 for the whole name.</summary>
    public int Position { get; set; }
    public required string Words { get; set; }
    public DateOnly SaleDate { get; set; }

    public static IEnumerable<DossierNameWord> Of(Dossier dossier) =>
        SearchText.WordTails(dossier.CustomerName).Select((words, i) => new DossierNameWord
        {
            DossierId = dossier.Id, Position = i, Words = words, SaleDate = dossier.SaleDate,
        });
}
