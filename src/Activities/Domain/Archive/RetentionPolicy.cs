namespace WorkflowArchive.Domain.Archive;

/// <summary>
/// The retention period of one class of dossier (a service code), set through the API. It takes the place of the
/// configured <see cref="ArchiveOptions.RetentionFor"/> value for that service; every change is audited.
/// </summary>
public sealed class RetentionPolicy
{
    public required string ServiceCode { get; set; }

    /// <summary>ISO-8601 duration, e.g. <c>P3Y</c>.</summary>
    public required string Period { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
}
