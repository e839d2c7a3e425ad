using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>Reads the audit entries of one object, oldest first.</summary>
public sealed class AuditTrail(DbContext db)
{
    public static IReadOnlyList<string> AuditedTypeNames { get; } =
        AuditInterceptor.Audited.Select(t => t.Name).Concat(HandAuditedTypes.All).Order(StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<AuditRecord>> ForAsync(string objectType, string objectId, CancellationToken cancellationToken)
    {
        var type = AuditedTypeNames.FirstOrDefault(n => string.Equals(n, objectType.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new WorkflowValidationException(DomainTexts.AuditTypeUnknown.With(objectType, string.Join(", ", AuditedTypeNames)));
        // The interceptor writes Guid keys in their canonical lower-case form; accept any spelling of the same Guid.
        var id = Guid.TryParse(objectId, out var guid) ? guid.ToString() : objectId.Trim();
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.ObjectType == type && e.ObjectId == id)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0) throw new WorkflowNotFoundException(DomainTexts.AuditNothingRecorded.With(type));
        return entries.Select(AuditRecord.From).ToList();
    }
}
