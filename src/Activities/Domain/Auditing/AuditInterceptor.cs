using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Writes an audit entry, in the same SaveChanges, for every change to an audited object: who (the actor of the scope the
/// context serves, <see cref="ActorContext.Of"/>), when, what, and each changed property before and after. Nothing
/// audited can change without leaving a trace. Every entry the save adds, those services write by hand included, is
/// written unlinked by the save's <see cref="AppendBuffer"/> (one INSERT for all of them, outside the tracker);
/// <see cref="AuditChainLinker"/> links them once they are committed, so saves do not take turns at the chain's head.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : PreparingSaveInterceptor
{
    /// <summary>The entity types whose changes are traced; an entry's ObjectType is the type's name.</summary>
    public static IReadOnlySet<Type> Audited { get; } = new HashSet<Type>
    {
        typeof(Dossier), typeof(DossierDocument), typeof(Batch), typeof(ArchiveLocation), typeof(LegalHold), typeof(OriginalLoan),
        typeof(RetrievalRequest), typeof(TransferManifest), typeof(RequirementSet), typeof(RetentionPolicy), typeof(BoxInventory),
        typeof(Advisor),
        // A comment on a task is a staff member's word about a dossier: who wrote what, and when, must stay provable.
        typeof(TaskComment),
    };

    /// <summary>Describes the save's changes: in the save, or before a move waits for the write turn (<see cref="SavePreparation"/>).</summary>
    public override Task PrepareSaveAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        WriteUnlinked(db, Pending(db));
        return Task.CompletedTask;
    }

    private static void WriteUnlinked(DbContext db, List<AuditEntry> entries)
    {
        if (entries.Count == 0) return;
        var buffer = AppendBuffer.For(db);
        var sqlite = RowClaims.IsSqlite(db);
        foreach (var entry in entries)
        {
            AuditChain.CutToStoredPrecision(entry);
            // Only a SQLite batch links an entry as it writes it; elsewhere the linker reads it back from the store.
            if (sqlite) AuditChain.PrepareContent(entry);
            buffer.Add(entry);
        }
    }

    /// <summary>
    /// Every entry this save writes, each with an actor: those services added by hand (taken out of the tracker: the
    /// append buffer writes them, linked) and one per change to an audited object.
    /// </summary>
    private List<AuditEntry> Pending(DbContext db)
    {
        // Entries() detects the changes, unless the save has detected them already and turned that off (a move's save).
        var now = time.GetUtcNow();
        var actor = ActorContext.Of(db).Name;
        var pending = new List<AuditEntry>();
        List<EntityEntry>? byHand = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry written)
            {
                if (entry.State != EntityState.Added) continue;
                pending.Add(written);
                (byHand ??= []).Add(entry);
            }
            else if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Audited.Contains(entry.Entity.GetType())
                     && Describe(entry, now, actor) is { } described)
            {
                pending.Add(described);
            }
        }
        if (byHand is not null) foreach (var entry in byHand) entry.State = EntityState.Detached;
        foreach (var entry in pending.Where(e => string.IsNullOrWhiteSpace(e.Actor))) entry.Actor = actor;
        return pending;
    }

    // Reads values through the entry's two value snapshots rather than a PropertyEntry per property: a save describes
    // every property of every audited row it writes.
    private static AuditEntry? Describe(EntityEntry entry, DateTimeOffset now, string actor)
    {
        var changes = new Dictionary<string, (object? Before, object? After)>();
        var original = entry.State == EntityState.Added ? null : entry.OriginalValues;
        var current = entry.State == EntityState.Deleted ? null : entry.CurrentValues;
        foreach (var property in entry.Metadata.GetProperties())
        {
            if (property.IsPrimaryKey() || property.ClrType == typeof(byte[])) continue;
            var before = original?[property];
            var after = current?[property];
            if (entry.State == EntityState.Modified && Equals(before, after)) continue;
            changes[property.Name] = (before, after);
        }
        if (changes.Count == 0) return null;
        var key = current ?? original!;
        return AuditEntry.Of(
            entry.Entity.GetType().Name,
            string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => key[p])),
            entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Modified" },
            now, actor, changes);
    }
}
