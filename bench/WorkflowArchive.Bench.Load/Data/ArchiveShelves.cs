using WorkflowArchive.Domain.Archive;

namespace WorkflowArchive.Bench.Load.Data;

/// <summary>The archive a million dossiers fill: one floor, shelves A..Z, boxes of 400 (codes like "K-042").</summary>
public sealed class ArchiveShelves
{
    public const int BoxCapacity = 400;
    private readonly List<ArchiveLocation> _boxes = [];
    private int _current;

    public ArchiveShelves(int boxCount)
    {
        var archive = new ArchiveLocation { Kind = LocationKind.Archive, Code = "DIV", Name = "Archivo de la División", Path = "Archivo de la División" };
        var floor = new ArchiveLocation { ParentId = archive.Id, Kind = LocationKind.Floor, Code = "DIV-P2", Name = "2do piso Edif. Administrativo", Path = $"{archive.Path} / 2do piso Edif. Administrativo" };
        Containers = [archive, floor];
        var perShelf = (int)Math.Ceiling(boxCount / 26.0);
        for (var s = 0; s < 26 && _boxes.Count < boxCount; s++)
        {
            var letter = (char)('A' + s);
            var shelf = new ArchiveLocation { ParentId = floor.Id, Kind = LocationKind.Shelf, Code = $"EST-{letter}", Name = $"Estante {letter}", Path = $"{floor.Path} / Estante {letter}" };
            Containers.Add(shelf);
            for (var b = 1; b <= perShelf && _boxes.Count < boxCount; b++)
                _boxes.Add(new ArchiveLocation
                {
                    ParentId = shelf.Id, Kind = LocationKind.Box, Code = $"{letter}-{b:D3}", Name = $"Caja {letter}-{b:D3}",
                    Capacity = BoxCapacity, Path = $"{shelf.Path} / Caja {letter}-{b:D3}",
                });
        }
    }

    public List<ArchiveLocation> Containers { get; }
    public IReadOnlyList<ArchiveLocation> Boxes => _boxes;

    /// <summary>The next free position, box after box, as step 9 files them.</summary>
    public (ArchiveLocation Box, int Position) File()
    {
        while (_current < _boxes.Count && _boxes[_current].Filled >= BoxCapacity) _current++;
        if (_current == _boxes.Count) throw new InvalidOperationException("The archive is full.");
        var box = _boxes[_current];
        box.Filled++;
        return (box, box.Filled);
    }
}
