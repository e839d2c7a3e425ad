using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Writes an audit entry, in the same SaveChanges, for every change to an audited object: who (the scope's actor),
/// when, what, and each changed property before and after. Nothing audited can change without leaving a trace.
/// </summary>
public sealed class AuditInterceptor(ActorContext actor, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>The entity types whose changes are traced; an entry's ObjectType is the type's name.</summary>
    public static IReadOnlySet<Type> Audited { get; } = new HashSet<Type>
    {
        typeof(Dossier), typeof(DossierDocument), typeof(Batch), typeof(ArchiveLocation), typeof(LegalHold), typeof(OriginalLoan),
        typeof(RetrievalRequest), typeof(TransferManifest), typeof(RequirementSet), typeof(RetentionPolicy),
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? db)
    {
        if (db is null) return;
        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => Audited.Contains(e.Entity.GetType()) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => Describe(e, now))
            .Where(e => e is not null)
            .ToList();
        db.Set<AuditEntry>().AddRange(entries!);
    }

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var changes = new Dictionary<string, (object? Before, object? After)>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() || property.Metadata.ClrType == typeof(byte[])) continue;
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(before, after)) continue;
            changes[property.Metadata.Name] = (before, after);
        }
        if (changes.Count == 0) return null;
        return AuditEntry.Of(
            entry.Entity.GetType().Name,
            string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue)),
            entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Modified" },
            now, actor.Name, changes);
    }
}
