using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>Reference data the procedure needs before the first binder arrives: advisors, shelves and boxes, Smartflex sales.</summary>
public static class DomainSeed
{
    public static readonly Advisor AnaRojas = new() { Code = "arojas", Name = "Ana Rojas", Channel = AdvisorChannel.Plataforma, Office = "Oficina Central" };
    public static readonly Advisor LuisFernandez = new() { Code = "lfernandez", Name = "Luis Fernández", Channel = AdvisorChannel.Zonal, Office = "Zonal Quillacollo" };

    public static Task AdvisorsAndBoxesAsync(ArchiveApiFactory factory, int boxCapacity = 40) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ArchiveDbContext>();
        db.AddRange(new[] { AnaRojas, LuisFernandez }.Select(a => new Advisor { Code = a.Code, Name = a.Name, Channel = a.Channel, Office = a.Office }));
        var archive = new ArchiveLocation { Kind = LocationKind.Archive, Code = "DIV", Name = "Archivo de la División", Path = "Archivo de la División" };
        var shelf = new ArchiveLocation { ParentId = archive.Id, Kind = LocationKind.Shelf, Code = "EST-A", Name = "Estante A", Path = "Archivo de la División / Estante A" };
        db.AddRange(archive, shelf);
        foreach (var code in new[] { "A-01", "A-02" })
            db.Add(new ArchiveLocation { ParentId = shelf.Id, Kind = LocationKind.Box, Code = code, Name = $"Caja {code}", Capacity = boxCapacity, Path = $"{shelf.Path} / Caja {code}" });
        return await db.SaveChangesAsync();
    });

    public static Task SaleAsync(ArchiveApiFactory factory, SmartflexSale sale) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ArchiveDbContext>();
        db.Add(sale);
        return await db.SaveChangesAsync();
    });

    public static SmartflexSale Sale(string order, string advisor = "arojas", string service = "internet", string transaction = "venta-nueva",
        bool company = false) => new()
    {
        OrderNumber = order,
        CustomerDocument = company ? "1023456029" : "4455667 CB",
        CustomerName = company ? "Distribuidora Tunari S.R.L." : "Rosa Quiroga Peña",
        CustomerIsCompany = company,
        ServiceCode = service,
        TransactionCode = transaction,
        AdvisorCode = advisor,
        SaleDate = new DateOnly(2027, 5, 28),
    };
}
