namespace WorkflowArchive.Domain.Dossiers;

/// <summary>The state of one checklist item in a dossier, as the manager last reviewed it (or the advisor supplied it).</summary>
public sealed class DossierDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool Required { get; set; }
    public bool MustBeSigned { get; set; }
    public bool Received { get; set; }
    public bool Legible { get; set; }
    public bool Signed { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What is wrong with it, or null when it meets the requirement.</summary>
    public string? Defect => !Received ? "falta" : !Legible ? "ilegible" : MustBeSigned && !Signed ? "sin firma" : null;
}
