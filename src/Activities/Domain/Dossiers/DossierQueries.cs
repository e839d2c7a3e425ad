using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>The fixed look-ups of a move on a dossier's documents and returns, compiled (see <see cref="CompiledPerModel{TQuery}"/>).</summary>
internal static class DossierQueries
{
    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<DossierDocument>>> Documents = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId) => db.Set<DossierDocument>().Where(d => d.DossierId == dossierId)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, List<string>, IAsyncEnumerable<DossierDocument>>> DocumentsCoded = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, List<string> codes) =>
            db.Set<DossierDocument>().Where(d => d.DossierId == dossierId && codes.Contains(d.Code))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<DossierDocument>>> Required = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId) => db.Set<DossierDocument>().Where(d => d.DossierId == dossierId && d.Required)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<DossierDocument>>> RequiredUntracked = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId) => db.Set<DossierDocument>().AsNoTracking().Where(d => d.DossierId == dossierId && d.Required)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<DossierReturn?>>> OpenReturn = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken _) => db.Set<DossierReturn>()
            .Where(r => r.DossierId == dossierId && r.CorrectedAt == null).OrderByDescending(r => r.Number).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<DossierReturn?>>> OpenReturnUntracked = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken _) => db.Set<DossierReturn>().AsNoTracking()
            .Where(r => r.DossierId == dossierId && r.CorrectedAt == null).OrderByDescending(r => r.Number).FirstOrDefault()));

    /// <summary>The dossier's documents, tracked.</summary>
    public static Task<List<DossierDocument>> DocumentsAsync(DbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        Documents.For(db)(db, dossierId).ToListAsync(cancellationToken).AsTask();

    /// <summary>
    /// The dossier's documents with these codes, tracked: from the unit of work when it holds every one of them (a form's
    /// check read them in this move; a code names one document of a dossier), else from the store.
    /// </summary>
    public static async Task<List<DossierDocument>> DocumentsAsync(DbContext db, Guid dossierId, List<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var held = db.TrackedWhere<DossierDocument>(d => d.DossierId == dossierId && wanted.Contains(d.Code));
        return held.Count == wanted.Count ? held : await DocumentsCoded.For(db)(db, dossierId, codes).ToListAsync(cancellationToken);
    }

    /// <summary>The dossier's required documents, tracked (a move's check, whose activity then finds them) or as stored.</summary>
    public static Task<List<DossierDocument>> RequiredDocumentsAsync(DbContext db, Guid dossierId, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? Required : RequiredUntracked).For(db)(db, dossierId).ToListAsync(cancellationToken).AsTask();

    /// <summary>
    /// The dossier's open return, tracked: the one the unit of work holds (a form's check read it in this move; a dossier has
    /// one open return at a time), else the store's.
    /// </summary>
    public static async Task<DossierReturn?> OpenReturnInMoveAsync(DbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        db.TrackedOrDefault<DossierReturn>(r => r.DossierId == dossierId && r.CorrectedAt == null)
        ?? await OpenReturnAsync(db, dossierId, tracked: true, cancellationToken);

    /// <summary>The dossier's latest return still waiting for the advisor's correction, tracked or as stored.</summary>
    public static Task<DossierReturn?> OpenReturnAsync(DbContext db, Guid dossierId, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? OpenReturn : OpenReturnUntracked).For(db)(db, dossierId, cancellationToken);
}
