using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>The state of one checklist item in a dossier, as the manager last reviewed it (or the advisor supplied it).</summary>
public sealed class DossierDocument : INewRowsWaitForBatch
{
    public Guid Id { get; set; } = RandomIds.Next();
    public Guid DossierId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool Required { get; set; }
    public bool MustBeSigned { get; set; }

    /// <summary>Which forms the requirement in force says the archive keeps.</summary>
    public DocumentForms Keeps { get; set; } = DocumentForms.Copy;
    public bool Received { get; set; }

    /// <summary>Which forms arrived; null when the review said nothing of it (reviews made before forms were recorded).</summary>
    public DocumentForms? Arrived { get; set; }
    public bool Legible { get; set; }
    public bool Signed { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What of the kept forms is still missing (none when nothing was recorded).</summary>
    public DocumentForms Lacking => Received && Arrived is { } arrived ? DocumentFormRules.Lacking(Keeps, arrived) : DocumentForms.None;

    /// <summary>What is wrong with it, or null when it meets the requirement.</summary>
    public string? Defect => !Received ? "falta"
        : Lacking.HasFlag(DocumentForms.Original) ? DomainTexts.DocumentOriginalMissing.With().ToString()
        : Lacking.HasFlag(DocumentForms.Copy) ? DomainTexts.DocumentCopyMissing.With().ToString()
        : !Legible ? "ilegible" : MustBeSigned && !Signed ? "sin firma" : null;
}
