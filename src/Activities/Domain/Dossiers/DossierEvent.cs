namespace WorkflowArchive.Domain.Dossiers;

/// <summary>One line of a dossier's history: who did what to it, and when.</summary>
public sealed class DossierEvent
{
    public long Id { get; set; }
    public Guid DossierId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Actor { get; set; }
    public required string Action { get; set; }
    public string? Detail { get; set; }
}
