using System.Text.Json;
using Bogus;
using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Bench.Load.Data;

/// <summary>
/// Search inputs drawn uniformly from the generated rows (reservoir sampling), saved next to the data set so the HTTP
/// run asks for things that exist: order numbers, CI/NIT, a name prefix with a one-year sale-date window, a box.
/// </summary>
public sealed class SearchSample
{
    private const int Size = 2_000;
    private long _seen;

    public List<string> OrderNumbers { get; set; } = [];
    public List<string> Documents { get; set; } = [];
    public List<NameWindow> Names { get; set; } = [];
    public List<string> ArchivedBoxes { get; set; } = [];

    /// <summary>A word of the name other than the first (a surname, or a later word of a company's name), whole and folded.</summary>
    public List<string> LaterWords { get; set; } = [];

    /// <summary>The CI/NIT without its extension.</summary>
    public List<string> DocumentNumbers { get; set; } = [];

    /// <summary>The last six digits of the order number.</summary>
    public List<string> OrderTails { get; set; } = [];

    public sealed record NameWindow(string Prefix, DateOnly From, DateOnly To);

    public void Offer(Randomizer random, string order, string document, string name, DateOnly saleDate, DossierStatus status, string? box)
    {
        _seen++;
        var slot = _seen <= Size ? (int)_seen - 1 : random.Long(0, _seen - 1) is var r && r < Size ? (int)r : -1;
        if (slot < 0) return;
        Put(OrderNumbers, slot, order);
        Put(Documents, slot, document);
        var key = SearchText.Key(name);
        Put(Names, slot, new NameWindow(key[..Math.Min(4, key.Length)], saleDate.AddMonths(-6), saleDate.AddMonths(6)));
        if (status == DossierStatus.Archived && box is not null) Put(ArchivedBoxes, slot % 200, box);
        var words = key.Split(' ');
        Put(LaterWords, slot, words.Length > 1 ? words[random.Int(1, words.Length - 1)] : words[0]);
        Put(DocumentNumbers, slot, SearchText.DocumentNumber(document));
        Put(OrderTails, slot, order[^6..]);
    }

    private static void Put<T>(List<T> list, int slot, T value)
    {
        if (slot < list.Count) list[slot] = value;
        else list.Add(value);
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));

    public static SearchSample Load(string path) => JsonSerializer.Deserialize<SearchSample>(File.ReadAllText(path))!;
}
