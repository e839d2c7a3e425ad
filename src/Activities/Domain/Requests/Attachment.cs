using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Requests;

/// <summary>An uploaded file (a delivered scan), kept in the database with its SHA-256 so its integrity can be shown later.</summary>
public sealed class Attachment
{
    public const long MaxBytes = 25 * 1024 * 1024;

    public Guid Id { get; set; } = RandomIds.Next();
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
    public Guid? DossierId { get; set; }
    public Guid? RequestId { get; set; }
}
