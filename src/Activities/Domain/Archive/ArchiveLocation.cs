using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Archive;

public enum LocationKind { Archive, Floor, Shelf, Box }

/// <summary>
/// A place in the archive hierarchy: Archivo de la División -> 2do piso -> shelf -> box. Boxes have a capacity
/// and hand out positions to the dossiers filed in them.
/// </summary>
public sealed class ArchiveLocation
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid? ParentId { get; set; }
    public LocationKind Kind { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>Boxes: how many dossiers fit.</summary>
    public int? Capacity { get; set; }

    /// <summary>Boxes: dossiers filed so far (the next position is this plus one).</summary>
    public int Filled { get; set; }

    /// <summary>The full path, e.g. "Archivo de la División / 2do piso / Estante A / Caja A-01", kept for display and search.</summary>
    public required string Path { get; set; }
    public string? ClassificationPrefix { get; set; }

    /// <summary>Boxes: closed by the archive (sealed, damaged, reserved); no dossier is filed in it until it is opened again.</summary>
    public bool Closed { get; set; }
}
