using System.Text.Json.Nodes;
using Bogus;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Checklists;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Activities.Smartflex;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Demo;

/// <summary>
/// Fills an empty database with a believable day at the archive: Smartflex sales, dossiers at every step of
/// the procedure (some returned for a missing signature), and retrieval requests. Runs through the engine,
/// so the demo data has real journals, tasks and timers.
/// </summary>
public sealed class DemoDataSeeder(ArchiveDbContext db, WorkflowEngine engine, TimeProvider time, ILogger<DemoDataSeeder> logger)
{
    private const string Actor = "demo";
    public static readonly string[] Services = ["Telefonía fija", "Internet", "TV cable", "Telefonía móvil", "Datos empresariales"];
    public static readonly string[] Transactions = ["Venta nueva", "Cambio de titular", "Traslado", "Cambio de plan", "Baja", "Reconexión"];
    public static readonly string[] Advisors = ["Ana Rojas (Plataforma)", "Luis Fernández (Zonal Quillacollo)", "María Vargas (Mezzanine)", "Jorge Céspedes (Plataforma)"];

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Dossier>().AnyAsync(cancellationToken)) return;
        var faker = new Faker("es") { Random = new Randomizer(20221201) };
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var sales = Enumerable.Range(1, 30).Select(i => NewSale(faker, i, today)).ToList();
        db.Set<SmartflexSale>().AddRange(sales);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (sale, index) in sales.Select((s, i) => (s, i)).Take(24))
        {
            db.ChangeTracker.Clear();
            var instance = await engine.StartAsync("gestion-documental", sale.OrderNumber, Variables(sale, faker), Actor, cancellationToken);
            await AdvanceAsync(instance.Id, stage: index % 6, cancellationToken);
        }
        logger.LogInformation("Demo data seeded: {Sales} Smartflex sales, 24 dossiers in progress.", sales.Count);
    }

    private static SmartflexSale NewSale(Faker faker, int index, DateOnly today)
    {
        var company = index % 5 == 0;
        return new SmartflexSale
        {
            OrderNumber = $"SF-{today.Year}-{index:D6}",
            CustomerName = company ? faker.Company.CompanyName() : faker.Name.FullName(),
            CustomerDocument = company ? faker.Random.ReplaceNumbers("#########01") : faker.Random.ReplaceNumbers("#######") + " CB",
            ServiceType = company ? "Datos empresariales" : faker.PickRandom(Services),
            TransactionType = faker.PickRandom(Transactions),
            Advisor = faker.PickRandom(Advisors),
            SaleDate = today.AddDays(-faker.Random.Int(1, 20)),
        };
    }

    private static JsonObject Variables(SmartflexSale sale, Faker faker) => new()
    {
        ["customerName"] = sale.CustomerName,
        ["customerDocument"] = sale.CustomerDocument,
        ["customerIsCompany"] = sale.ServiceType == "Datos empresariales",
        ["serviceType"] = sale.ServiceType,
        ["transactionType"] = sale.TransactionType,
        ["advisor"] = sale.Advisor,
        ["saleDate"] = sale.SaleDate.ToString("yyyy-MM-dd"),
        ["batchReference"] = $"Archivador {faker.Random.Int(1, 40)}",
    };

    /// <summary>Stage 0: waiting for review; 1: returned for a missing signature; 2: corrected and back in review; 3+: archived.</summary>
    private async Task AdvanceAsync(Guid instanceId, int stage, CancellationToken cancellationToken)
    {
        if (stage == 0) return;
        await CompleteAsync(instanceId, "Task_ReviewChecklist", Review(signed: stage >= 3), cancellationToken);
        if (stage is 1 or 2)
        {
            if (stage == 2) await CompleteAsync(instanceId, "Task_CorrectDocumentation", new JsonObject { ["note"] = "Firma obtenida llamando al cliente" }, cancellationToken);
            return;
        }
        await CompleteAsync(instanceId, "Task_Archive", new JsonObject { ["location"] = $"Estante {stage} / Caja {stage * 3} / Posición {instanceId.ToString()[..2]}" }, cancellationToken);
    }

    private static JsonObject Review(bool signed) => new()
    {
        ["documents"] = new JsonArray(RequiredDocuments.Default
            .Select(d => (JsonNode)new JsonObject { ["code"] = d.Code, ["received"] = true, ["legible"] = true, ["signed"] = signed || d.Code != "contrato" })
            .ToArray()),
    };

    private async Task CompleteAsync(Guid instanceId, string elementId, JsonObject output, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var task = await db.Set<UserTask>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.InstanceId == instanceId && t.ElementId == elementId && t.Status == UserTaskStatus.Open, cancellationToken);
        if (task is not null) await engine.CompleteTaskAsync(task.Id, output, Actor, cancellationToken);
    }
}
