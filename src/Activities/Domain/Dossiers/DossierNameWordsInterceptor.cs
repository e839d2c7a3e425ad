using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// Keeps <see cref="DossierNameWord"/> rows in step with their dossier in the same SaveChanges: written when a dossier is
/// added, written again when its name, sale date or order number changes. Whatever code adds or edits a dossier, its name stays findable.
/// </summary>
public sealed class DossierNameWordsInterceptor : PreparingSaveInterceptor
{
    public static DossierNameWordsInterceptor Instance { get; } = new();

    /// <summary>Works out the words to write (run by the save, or ahead of it by a move: <see cref="SavePreparation"/>).</summary>
    public override async Task PrepareSaveAsync(DbContext db, bool sync, CancellationToken cancellationToken)
    {
        // Entries() detects the changes, unless the save has detected them already and turned that off (a move's save).
        var dossiers = db.ChangeTracker.Entries<Dossier>().ToList();
        // A new dossier's words are only added: the append buffer writes them after the dossier, in the same transaction.
        foreach (var entry in dossiers.Where(e => e.State == EntityState.Added))
            AppendBuffer.For(db).AddRange(DossierNameWord.Of(entry.Entity));

        // By name: a property lambda here would build its expression tree on every save.
        var renamed = dossiers.Where(e => e.State == EntityState.Modified
            && (e.Property(nameof(Dossier.CustomerNameKey)).IsModified || e.Property(nameof(Dossier.SaleDate)).IsModified
                || e.Property(nameof(Dossier.OrderNumber)).IsModified)).Select(e => e.Entity).ToList();
        if (renamed.Count == 0) return;
        var ids = renamed.Select(d => d.Id).ToList();
        var query = db.Set<DossierNameWord>().Where(w => ids.Contains(w.DossierId));
        var stored = (sync ? query.ToList() : await query.ToListAsync(cancellationToken)).ToLookup(w => w.DossierId);
        foreach (var dossier in renamed)
        {
            // Rewritten in place by position: a row deleted and added again under the same key would clash in the tracker.
            var old = stored[dossier.Id].ToDictionary(w => w.Position);
            foreach (var word in DossierNameWord.Of(dossier))
            {
                if (old.Remove(word.Position, out var kept)) (kept.Words, kept.Prefix, kept.RepeatsPrefix, kept.SaleDate, kept.OrderNumber) = (word.Words, word.Prefix, word.RepeatsPrefix, word.SaleDate, word.OrderNumber);
                else db.Set<DossierNameWord>().Add(word);
            }
            db.Set<DossierNameWord>().RemoveRange(old.Values);
        }
        // The kept rows were edited in place: seen by the interceptors after this one and by EF Core even when the save
        // has turned automatic detection off.
        db.ChangeTracker.DetectChanges();
    }
}
