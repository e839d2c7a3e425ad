using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench;

/// <summary>What the procedure needs before the first binder: the advisor of the bench sales and one big box to archive into.</summary>
public static class ReferenceData
{
    public const string AdvisorCode = "arojas";
    public const string BoxCode = "BENCH-01";

    public static async Task AddAsync(ArchiveDbContext db)
    {
        db.Add(new Advisor { Code = AdvisorCode, Name = "Ana Rojas", Channel = AdvisorChannel.Plataforma, Office = "Oficina Central" });
        var archive = new ArchiveLocation { Kind = LocationKind.Archive, Code = "DIV", Name = "Archivo de la División", Path = "Archivo de la División" };
        var shelf = new ArchiveLocation { ParentId = archive.Id, Kind = LocationKind.Shelf, Code = "EST-A", Name = "Estante A", Path = $"{archive.Path} / Estante A" };
        var box = new ArchiveLocation
        {
            ParentId = shelf.Id, Kind = LocationKind.Box, Code = BoxCode, Name = "Caja de banco de pruebas", Capacity = null,
            Path = $"{shelf.Path} / Caja {BoxCode}",
        };
        db.AddRange(archive, shelf, box);
        await db.SaveChangesAsync();
    }
}
