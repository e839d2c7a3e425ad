namespace WorkflowArchive.Domain.Archive;

/// <summary>What an inventory line says about one code or dossier.</summary>
public enum InventoryFinding
{
    /// <summary>Scanned, belongs in this box, in position order.</summary>
    InPlace,

    /// <summary>Scanned, belongs in this box, but the scan order does not follow its position (see <see cref="InventoryComparison"/>).</summary>
    OutOfPosition,

    /// <summary>Scanned, but the dossier belongs in another box (or in none).</summary>
    Misplaced,

    /// <summary>Scanned, but no dossier has that order number.</summary>
    Unknown,

    /// <summary>Expected in this box and not scanned (written when the inventory finishes).</summary>
    Missing,
}

/// <summary>One scan of an inventory, or (once finished) one dossier expected and not scanned.</summary>
public sealed class BoxInventoryLine
{
    public long Id { get; set; }
    public Guid InventoryId { get; set; }

    /// <summary>Scan order, from 1; 0 for the missing lines written at the end.</summary>
    public int Sequence { get; set; }

    /// <summary>The code as scanned (an order number), trimmed.</summary>
    public required string Code { get; set; }
    public DateTimeOffset? ScannedAt { get; set; }
    public Guid? DossierId { get; set; }
    public InventoryFinding Finding { get; set; }

    /// <summary>Misplaced: the box the dossier belongs in, and its position there (copied: the dossier may move later).</summary>
    public Guid? ExpectedBoxId { get; set; }
    public int? ExpectedPosition { get; set; }
}
