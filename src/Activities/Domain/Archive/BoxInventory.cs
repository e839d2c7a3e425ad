using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Archive;

/// <summary>
/// One count of a box's contents: the gestor(a) scans every cover sheet in the box, then finishes. Scans are stored as
/// they come (<see cref="BoxInventoryLine"/>), so an inventory in progress survives a reload or a restart; finishing
/// adds a line for each dossier expected and not scanned and fixes the counts.
/// </summary>
public sealed class BoxInventory
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid BoxId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public required string StartedBy { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? FinishedBy { get; set; }

    /// <summary>Dossiers the box held when the inventory finished.</summary>
    public int Expected { get; set; }
    public int Found { get; set; }
    public int Missing { get; set; }
    public int Misplaced { get; set; }
    public int OutOfPosition { get; set; }
    public int Unknown { get; set; }

    public bool IsOpen => FinishedAt is null;
}
