using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Requests;

/// <summary>Keeps delivered scans with their SHA-256, attached to the request they answer.</summary>
public sealed class Attachments(DbContext db, TimeProvider time)
{
    public async Task<Attachment> AddToRequestAsync(string requestNumber, string fileName, string contentType, Stream content, string user,
        CancellationToken cancellationToken)
    {
        var request = await db.Set<RetrievalRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == requestNumber, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.RequestNotFound.With(requestNumber));
        if (request.Status != RetrievalStatus.Registered)
            throw new WorkflowConflictException(DomainTexts.RequestAlreadyAnswered.With(requestNumber, StatusNames.Of(request.Status)));
        if (!ScanFiles.Types.Contains(contentType))
            throw new WorkflowValidationException(DomainTexts.AttachmentTypeNotAllowed.With(contentType));

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0) throw new WorkflowValidationException(DomainTexts.AttachmentEmpty.With());
        if (buffer.Length > Attachment.MaxBytes) throw new WorkflowValidationException(DomainTexts.AttachmentTooLarge.With(Attachment.MaxBytes / (1024 * 1024)));
        var bytes = buffer.ToArray();
        if (!ScanFiles.ContentIs(contentType, bytes)) throw new WorkflowValidationException(DomainTexts.AttachmentContentMismatch.With(contentType));
        var attachment = new Attachment
        {
            FileName = ScanFiles.SafeName(fileName), ContentType = contentType, Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Content = bytes,
            UploadedAt = time.GetUtcNow(), UploadedBy = user, RequestId = request.Id, DossierId = request.DossierId,
        };
        db.Set<Attachment>().Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }
}
