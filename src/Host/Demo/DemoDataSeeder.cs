using System.Text.Json.Nodes;
using Bogus;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Demo;

/// <summary>
/// Fills an empty database with a believable week at the archive: advisors of the three channels, the archive's
/// shelves and boxes, Smartflex sales, binders registered as batches, dossiers at every step of the procedure
/// (some returned for a missing signature) and retrieval requests. Everything runs through the real services and
/// the engine, so the demo has real journals, tasks, timers and audit trails.
/// </summary>
public sealed class DemoDataSeeder(ArchiveDbContext db, BatchRegistration batches, WorkflowEngine engine, RequirementCatalog catalog,
    TimeProvider time, ILogger<DemoDataSeeder> logger)
{
    private const string Manager = "gestora.demo";

    public static readonly Advisor[] Advisors =
    [
        new() { Code = "arojas", Name = "Ana Rojas", Channel = AdvisorChannel.Plataforma, Office = "Oficina Central" },
        new() { Code = "jcespedes", Name = "Jorge Céspedes", Channel = AdvisorChannel.Plataforma, Office = "Oficina Central" },
        new() { Code = "lfernandez", Name = "Luis Fernández", Channel = AdvisorChannel.Zonal, Office = "Zonal Quillacollo" },
        new() { Code = "mvargas", Name = "María Vargas", Channel = AdvisorChannel.Mezzanine, Office = "Mezzanine Edif. Central" },
    ];

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Dossier>().AnyAsync(cancellationToken)) return;
        var faker = new Faker("es") { Random = new Randomizer(20221201) };
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        db.Set<Advisor>().AddRange(Advisors.Select(a => new Advisor { Code = a.Code, Name = a.Name, Channel = a.Channel, Office = a.Office }));
        AddArchiveLocations();
        var sales = Enumerable.Range(1, 36).Select(i => NewSale(faker, i, today)).ToList();
        db.Set<SmartflexSale>().AddRange(sales);
        await db.SaveChangesAsync(cancellationToken);

        var stage = 0;
        foreach (var group in sales.Take(30).GroupBy(s => s.AdvisorCode))
        {
            db.ChangeTracker.Clear();
            var request = new BatchRequest(group.Key, today.AddDays(-1), $"Archivador {faker.Random.Int(1, 40)}",
                group.Select(s => new BatchEntry(s.OrderNumber)).ToList());
            var (_, dossiers) = await batches.RegisterAsync(request, Manager, cancellationToken);
            foreach (var dossier in dossiers) await AdvanceAsync(dossier.OrderNumber, stage++ % 6, cancellationToken);
        }
        await AddRequestsAsync(sales, cancellationToken);
        logger.LogInformation("Demo data seeded: {Advisors} advisors, {Sales} Smartflex sales, 30 dossiers in progress.", Advisors.Length, sales.Count);
    }

    private void AddArchiveLocations()
    {
        var archive = Location(null, LocationKind.Archive, "DIV", "Archivo de la División", "Archivo de la División");
        var floor = Location(archive, LocationKind.Floor, "DIV-P2", "2do piso Edif. Administrativo");
        foreach (var shelfLetter in new[] { "A", "B" })
        {
            var shelf = Location(floor, LocationKind.Shelf, $"EST-{shelfLetter}", $"Estante {shelfLetter}");
            for (var box = 1; box <= 3; box++)
                Location(shelf, LocationKind.Box, $"{shelfLetter}-{box:D2}", $"Caja {shelfLetter}-{box:D2}", capacity: 40);
        }
    }

    private ArchiveLocation Location(ArchiveLocation? parent, LocationKind kind, string code, string name, string? path = null, int? capacity = null)
    {
        var location = new ArchiveLocation
        {
            ParentId = parent?.Id, Kind = kind, Code = code, Name = name, Capacity = capacity,
            Path = path ?? $"{parent!.Path} / {name}",
        };
        db.Set<ArchiveLocation>().Add(location);
        return location;
    }

    private static SmartflexSale NewSale(Faker faker, int index, DateOnly today)
    {
        var company = index % 5 == 0;
        return new SmartflexSale
        {
            OrderNumber = $"SF-{today.Year}-{index:D6}",
            CustomerName = company ? faker.Company.CompanyName() : faker.Name.FullName(),
            CustomerIsCompany = company,
            CustomerDocument = company ? faker.Random.ReplaceNumbers("#########01") : faker.Random.ReplaceNumbers("#######") + " CB",
            ServiceCode = company ? "datos-empresariales" : faker.PickRandom(DefaultCatalog.Services.Where(s => s.Code != "datos-empresariales")).Code,
            TransactionCode = faker.PickRandom(DefaultCatalog.Transactions).Code,
            AdvisorCode = faker.PickRandom(Advisors).Code,
            SaleDate = today.AddDays(-faker.Random.Int(2, 20)),
        };
    }

    /// <summary>Stage 0: waiting for review; 1: returned for a missing signature; 2: corrected, back in review; 3+: archived.</summary>
    private async Task AdvanceAsync(string orderNumber, int stage, CancellationToken cancellationToken)
    {
        if (stage == 0) return;
        await CompleteAsync(orderNumber, "Task_ReviewChecklist", await ReviewAsync(orderNumber, signed: stage >= 3, cancellationToken), cancellationToken);
        if (stage == 2)
            await CompleteAsync(orderNumber, "Task_CorrectDocumentation", new JsonObject { ["supplied"] = new JsonArray("solicitud"), ["note"] = "Firma obtenida llamando al cliente" }, cancellationToken);
        if (stage >= 3)
            await CompleteAsync(orderNumber, "Task_Archive", new JsonObject(), cancellationToken);
    }

    private async Task<JsonObject> ReviewAsync(string orderNumber, bool signed, CancellationToken cancellationToken)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().SingleAsync(d => d.OrderNumber == orderNumber, cancellationToken);
        var required = RequirementCatalog.RequiredFor(await catalog.InForceOnAsync(dossier.SaleDate, cancellationToken), dossier);
        return new JsonObject
        {
            ["documents"] = new JsonArray(required.Select(r => (JsonNode)new JsonObject
            {
                ["code"] = r.DocumentCode, ["received"] = true, ["forms"] = "both", ["legible"] = true,
                ["signed"] = signed || r.DocumentCode != "solicitud",
            }).ToArray()),
        };
    }

    private async Task AddRequestsAsync(List<SmartflexSale> sales, CancellationToken cancellationToken)
    {
        var requests = new (string Number, string Order, string Unit)[]
        {
            ("SOL-DEMO-0001", sales[3].OrderNumber, "Asesoría Legal"),
            ("SOL-DEMO-0002", sales[9].OrderNumber, "Auditoría Interna"),
        };
        foreach (var (number, order, unit) in requests)
        {
            db.ChangeTracker.Clear();
            // Requested by the demo requester's account, as the Solicitudes page does: she reads only her own requests.
            await engine.StartAsync("solicitud-documentacion", number, new JsonObject
            {
                ["orderNumber"] = order, ["requestedBy"] = "carla", ["requestingUnit"] = unit, ["reason"] = "Reclamo de cliente",
            }, "carla.demo", cancellationToken);
        }
        await CompleteAsync("SOL-DEMO-0001", "Task_LocateAndDeliver",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" }, cancellationToken);
    }

    private async Task CompleteAsync(string businessKey, string elementId, JsonObject output, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var task = await db.Set<UserTask>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.BusinessKey == businessKey && t.ElementId == elementId && t.Status == UserTaskStatus.Open, cancellationToken);
        if (task is not null) await engine.CompleteTaskAsync(task.Id, output, Manager, cancellationToken);
    }
}
