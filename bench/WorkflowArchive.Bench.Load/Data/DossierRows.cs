using Bogus;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Bench.Load.Data;

/// <summary>
/// A million believable dossiers (Bogus, Spanish names, fixed seed so every run gets the same data): sales from 2019
/// to mid-2027; those older than two years transferred to Condebamba, the rest of the year archived in boxes, the
/// last weeks still in review. Rows are the dossiers table's columns, in <see cref="Columns"/> order.
/// </summary>
public sealed class DossierRows(ArchiveShelves shelves, IReadOnlyList<Advisor> advisors)
{
    public static readonly DateOnly Today = new(2027, 6, 1);
    public static readonly DateTimeOffset Noon = new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    private static readonly DateOnly FirstSale = new(2019, 1, 1);

    public static readonly string[] Columns =
    [
        "Id", "OrderNumber", "CustomerName", "CustomerNameKey", "CustomerDocument", "CustomerIsCompany", "SignedByRepresentative",
        "ServiceCode", "TransactionCode", "AdvisorCode", "Channel", "SaleDate", "Status", "ReturnCount", "ClassificationCode",
        "BoxId", "Position", "Location", "Custody", "ReceivedAt", "ArchivedAt", "RetentionPeriod", "RetentionDueAt", "CondebambaReceipt", "TransferredAt",
        "CustomerDocumentNumber", "OrderNumberReversed",
    ];

    /// <summary>The name-word rows (dossier_name_words) of the dossiers generated, as the host's interceptor writes them.</summary>
    public static readonly string[] NameWordColumns = ["DossierId", "Position", "Words", "Prefix", "RepeatsPrefix", "SaleDate", "OrderNumber"];

    private readonly List<(Guid Id, string Name, DateOnly SaleDate, string OrderNumber)> _names = [];

    /// <summary>What the search measures look up: real values drawn from the rows as they are made.</summary>
    public SearchSample Sample { get; } = new();

    public IEnumerable<object?[]> Generate(int count)
    {
        var faker = new Faker("es") { Random = new Randomizer(20270601) };
        var personServices = DefaultCatalog.Services.Select(s => s.Code).Where(s => s != "datos-empresariales").ToArray();
        var transactions = DefaultCatalog.Transactions.Select(t => t.Code).ToArray();
        var days = Today.DayNumber - FirstSale.DayNumber;
        // Sale dates ascend with the order number, as the archive fills its boxes in order.
        for (var i = 0; i < count; i++)
        {
            var saleDate = FirstSale.AddDays((int)((long)i * days / count));
            var company = faker.Random.Int(0, 4) == 0;
            var name = company ? faker.Company.CompanyName() : $"{faker.Name.FirstName()} {faker.Name.LastName()} {faker.Name.LastName()}";
            var document = company ? faker.Random.ReplaceNumbers("#########01") : $"{faker.Random.ReplaceNumbers("#######")} {faker.PickRandom("CB", "LP", "SC", "OR")}";
            var advisor = advisors[faker.Random.Int(0, advisors.Count - 1)];
            var order = $"SF-{saleDate.Year}-{i:D7}";
            var received = new DateTimeOffset(saleDate.AddDays(3).ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
            var service = company ? "datos-empresariales" : faker.PickRandom(personServices);
            var age = Today.DayNumber - saleDate.DayNumber;
            var status = age > 760 ? DossierStatus.Transferred : age > 20 ? DossierStatus.Archived : faker.PickRandom(DossierStatus.Received, DossierStatus.Verified, DossierStatus.Returned, DossierStatus.Complete);

            Guid? boxId = null;
            int? position = null;
            string? location = null, receipt = null, classification = null, boxCode = null;
            DateTimeOffset? archivedAt = null, retentionDueAt = null, transferredAt = null;
            if (status is DossierStatus.Archived or DossierStatus.Transferred)
            {
                var (box, slot) = shelves.File();
                boxId = box.Id;
                boxCode = box.Code;
                position = slot;
                classification = $"{saleDate.Year}/{advisor.Channel.ToString().ToLowerInvariant()}/{service}/{advisor.Code}";
                archivedAt = received.AddDays(5);
                retentionDueAt = archivedAt.Value.AddYears(2);
                location = $"{box.Path} / Posición {slot}";
                if (status == DossierStatus.Transferred)
                {
                    receipt = $"ADM-ARC-{retentionDueAt.Value.Year}-{i:D7}";
                    transferredAt = retentionDueAt.Value.AddDays(10);
                    location = $"{Custodies.Condebamba}, recepción {receipt} (remisión REM-{box.Code})";
                }
            }
            Sample.Offer(faker.Random, order, document, name, saleDate, status, boxCode);
            var id = Guid.NewGuid();
            _names.Add((id, name, saleDate, order));
            yield return
            [
                id, order, name, SearchText.Key(name), document, company, false, service, faker.PickRandom(transactions), advisor.Code,
                advisor.Channel, saleDate, status, status == DossierStatus.Returned ? 1 : 0, classification, boxId, position, location,
                status == DossierStatus.Transferred ? Custodies.Condebamba : Custodies.DivisionArchive, received, archivedAt,
                archivedAt is null ? null : "P2Y", retentionDueAt, receipt, transferredAt,
                SearchText.DocumentNumber(document), SearchText.Reversed(order),
            ];
        }
    }

    /// <summary>After <see cref="Generate"/>: each dossier's name read from each of its words on.</summary>
    public IEnumerable<object?[]> NameWords() =>
        _names.SelectMany(d => DossierNameWord.RowsOf(d.Name).Select(w => new object?[] { d.Id, w.Position, w.Words, w.Prefix, w.RepeatsPrefix, d.SaleDate, d.OrderNumber }));
}
