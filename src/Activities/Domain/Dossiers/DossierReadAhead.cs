using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// For a batch of moves fired together (the retention timers that end on one day): their dossiers, boxes and boxes'
/// prepared remisiones are loaded, tracked, with one query each, and their active holds and loans kept here, so the
/// legal-hold check and the transfer of each dossier find them in memory instead of asking the store five times per
/// dossier. It answers only for a dossier it read, and only while the batch lasts (<see cref="Forget"/>).
/// </summary>
public sealed class DossierReadAhead(DbContext db) : IBatchReadAhead
{
    private static readonly ILookup<Guid, OriginalLoan> NoLoans = Array.Empty<OriginalLoan>().ToLookup(l => l.DossierId);

    private Dictionary<Guid, (Guid? BoxId, string CustomerDocument)>? _read;
    private List<LegalHold> _activeHolds = [];
    private ILookup<Guid, OriginalLoan> _loansOut = NoLoans;
    private HashSet<Guid> _boxesHeld = [];
    private readonly HashSet<Guid> _countsHeld = [];

    public async Task ReadAheadAsync(IReadOnlyCollection<WorkflowInstance> instances, CancellationToken cancellationToken)
    {
        var orderNumbers = instances.Select(i => i.BusinessKey).ToList();
        // A batch's lists go as one parameter each (an array, or JSON on SQLite): SQLite finds each of hundreds of
        // separate parameters by name with a linear search, which made binding them quadratic.
        var dossiers = await db.Set<Dossier>().Where(d => EF.Parameter(orderNumbers).Contains(d.OrderNumber)).ToListAsync(cancellationToken);
        if (dossiers.Count == 0) return;
        var ids = dossiers.Select(d => (Guid?)d.Id).ToList();
        var boxIds = dossiers.Where(d => d.BoxId is not null).Select(d => d.BoxId).Distinct().ToList();
        var documents = dossiers.Select(d => (string?)d.CustomerDocument).Distinct().ToList();
        var boxes = boxIds.Select(id => id!.Value).ToHashSet();
        if (await BoxLock.TakeAllAsync(db, boxes, cancellationToken)) _boxesHeld = boxes;
        await db.Set<ArchiveLocation>().Where(l => EF.Parameter(boxIds).Contains(l.Id)).LoadAsync(cancellationToken);
        await db.Set<TransferManifest>().Where(m => EF.Parameter(boxIds).Contains(m.BoxId) && m.Status == ManifestStatus.Prepared).LoadAsync(cancellationToken);
        _activeHolds = await db.Set<LegalHold>()
            .Where(h => h.ReleasedAt == null && (EF.Parameter(ids).Contains(h.DossierId) || EF.Parameter(boxIds).Contains(h.BoxId) || EF.Parameter(documents).Contains(h.CustomerDocument)))
            .ToListAsync(cancellationToken);
        var loans = await db.Set<OriginalLoan>().Where(l => EF.Parameter(ids).Contains(l.DossierId) && l.ReturnedAt == null).ToListAsync(cancellationToken);
        _loansOut = loans.OrderBy(l => l.DueBackOn).ToLookup(l => l.DossierId);
        _read = dossiers.ToDictionary(d => d.Id, d => (d.BoxId, d.CustomerDocument));
        DossierAccess.RememberBatch(db, dossiers);
    }

    /// <summary>The dossier's active holds as <see cref="LegalHolds.ActiveForAsync"/> finds them; null when not read ahead.</summary>
    public List<LegalHold>? ActiveHoldsFor(Dossier dossier) => ReadAsItIs(dossier)
        ? _activeHolds.Where(h => h.DossierId == dossier.Id || (dossier.BoxId != null && h.BoxId == dossier.BoxId) || h.CustomerDocument == dossier.CustomerDocument).ToList()
        : null;

    /// <summary>The dossier's originals still out, due back first, as <see cref="OriginalLoans.OutForAsync"/> finds them; null when not read ahead.</summary>
    public List<OriginalLoan>? LoansOutFor(Guid dossierId) => _read?.ContainsKey(dossierId) == true ? _loansOut[dossierId].ToList() : null;

    /// <summary>Whether the batch took this box's lock already (<see cref="BoxLock.TakeAllAsync"/>).</summary>
    public bool HoldsBox(Guid boxId) => _boxesHeld.Contains(boxId);

    /// <summary>
    /// Whether the batch has already counted a dossier into this stored remisión with its own statement: that statement
    /// holds the row until the commit, so the batch's next dossiers for it are counted in memory and written once.
    /// </summary>
    public bool HoldsCount(Guid manifestId) => _countsHeld.Contains(manifestId);

    /// <summary>A stored remisión this batch counted into (see <see cref="HoldsCount"/>); nothing outside a batch.</summary>
    public void CountHeld(Guid manifestId)
    {
        if (_read is not null) _countsHeld.Add(manifestId);
    }

    public void Forget()
    {
        _boxesHeld = [];
        _countsHeld.Clear();
        DossierAccess.ForgetBatch(db);
        _read = null;
        _activeHolds = [];
        _loansOut = NoLoans;
    }

    /// <summary>Read ahead, and its box and customer are still those its holds were read for.</summary>
    private bool ReadAsItIs(Dossier dossier) =>
        _read?.TryGetValue(dossier.Id, out var read) == true && read.BoxId == dossier.BoxId && read.CustomerDocument == dossier.CustomerDocument;
}
