using Bogus;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Rows written straight to the store, for read-side tests that need exact figures the procedure would take months
/// to produce. Every instant is UTC, as the application writes them (PostgreSQL refuses any other offset).
/// </summary>
public static class StoreRows
{
    public static Task SaveAsync(this ArchiveApiFactory factory, params IEnumerable<object> rows) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ArchiveDbContext>();
        db.AddRange(rows);
        return await db.SaveChangesAsync();
    });

    public static Task<Guid> BoxIdAsync(this ArchiveApiFactory factory, string code) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<ArchiveLocation>().Where(l => l.Code == code).Select(l => l.Id).SingleAsync());

    public static Dossier Dossier(string order, string customerName = "Rosa Quiroga Peña", string document = "4455667 CB",
        string advisor = "arojas", DateOnly? saleDate = null, DossierStatus status = DossierStatus.Received) => new()
    {
        OrderNumber = order,
        CustomerName = customerName,
        CustomerDocument = document,
        ServiceCode = "internet",
        TransactionCode = "venta-nueva",
        AdvisorCode = advisor,
        Channel = AdvisorChannel.Plataforma,
        SaleDate = saleDate ?? new DateOnly(2027, 5, 28),
        Status = status,
        ReceivedAt = new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero),
    };

    /// <summary><paramref name="count"/> requests with the given outcome, registered at random instants in [from, to).</summary>
    /// <summary>
    /// Requests made between the two instants, each due two days after it was made; answered ones were answered
    /// <paramref name="answeredAfter"/> after being made (one hour unless said), so before or after their deadline.
    /// </summary>
    public static List<RetrievalRequest> Requests(int count, RetrievalStatus status, DateTimeOffset from, DateTimeOffset to, int seed,
        TimeSpan? answeredAfter = null, string? unit = null) =>
        new Faker<RetrievalRequest>("es")
            .UseSeed(seed)
            .CustomInstantiator(f => new RetrievalRequest
            {
                Number = $"SOL-{seed}-{f.IndexFaker:D5}",
                RequestedBy = f.Name.FullName(),
                RequestingUnit = unit ?? f.PickRandom("Asesoría Legal", "Auditoría Interna", "Atención al Cliente"),
                Reason = f.Lorem.Sentence(),
                OrderNumber = $"SF-2027-{f.Random.Int(1, 999999):D6}",
            })
            .RuleFor(r => r.Status, status)
            .RuleFor(r => r.RequestedAt, f => f.Date.BetweenOffset(from, to.AddSeconds(-1)).ToUniversalTime())
            .RuleFor(r => r.DueAt, (_, r) => r.RequestedAt.AddDays(2))
            .RuleFor(r => r.ResolvedAt, (_, r) => status == RetrievalStatus.Registered ? null : r.RequestedAt + (answeredAfter ?? TimeSpan.FromHours(1)))
            .Generate(count);
}
