namespace WorkflowArchive.Workflows.Definitions;

public enum DefinitionStatus { Draft, Published }

/// <summary>
/// One version of a process definition. Drafts carry version 0 (one draft per key); publishing gives the next
/// number and freezes the XML: instances keep running on the version they started with.
/// </summary>
public sealed class WorkflowDefinition
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string Key { get; set; }
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public string? Name { get; set; }
    public required string Xml { get; set; }

    /// <summary>SHA-256 of the stored XML: tells whether a shipped file changed since it was last published.</summary>
    public required string ContentHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public string? Comment { get; set; }
}
