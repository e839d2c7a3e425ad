using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>The fixed dossier look-ups of a move, compiled (see <see cref="CompiledPerModel{TQuery}"/>).</summary>
internal static class DossierQueries
{
    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<Dossier?>>> ByOrderNumber = new(() =>
        EF.CompileAsyncQuery((DbContext db, string number, CancellationToken _) => db.Set<Dossier>().FirstOrDefault(d => d.OrderNumber == number)));

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<Dossier?>>> ByOrderNumberUntracked = new(() =>
        EF.CompileAsyncQuery((DbContext db, string number, CancellationToken _) => db.Set<Dossier>().AsNoTracking().FirstOrDefault(d => d.OrderNumber == number)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<DossierDocument>>> Documents = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId) => db.Set<DossierDocument>().Where(d => d.DossierId == dossierId)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, List<string>, IAsyncEnumerable<DossierDocument>>> DocumentsCoded = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, List<string> codes) =>
            db.Set<DossierDocument>().Where(d => d.DossierId == dossierId && codes.Contains(d.Code))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<DossierDocument>>> RequiredUntracked = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId) => db.Set<DossierDocument>().AsNoTracking().Where(d => d.DossierId == dossierId && d.Required)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<DossierReturn?>>> OpenReturn = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken _) => db.Set<DossierReturn>()
            .Where(r => r.DossierId == dossierId && r.CorrectedAt == null).OrderByDescending(r => r.Number).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<DossierReturn?>>> OpenReturnUntracked = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, CancellationToken _) => db.Set<DossierReturn>().AsNoTracking()
            .Where(r => r.DossierId == dossierId && r.CorrectedAt == null).OrderByDescending(r => r.Number).FirstOrDefault()));

    /// <summary>The dossier with this order number, tracked or as stored.</summary>
    public static Task<Dossier?> ByOrderNumberAsync(DbContext db, string orderNumber, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? ByOrderNumber : ByOrderNumberUntracked).For(db)(db, orderNumber, cancellationToken);

    /// <summary>The dossier's documents, tracked.</summary>
    public static Task<List<DossierDocument>> DocumentsAsync(DbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        Documents.For(db)(db, dossierId).ToListAsync(cancellationToken).AsTask();

    /// <summary>The dossier's documents with these codes, tracked.</summary>
    public static Task<List<DossierDocument>> DocumentsAsync(DbContext db, Guid dossierId, List<string> codes, CancellationToken cancellationToken) =>
        DocumentsCoded.For(db)(db, dossierId, codes).ToListAsync(cancellationToken).AsTask();

    /// <summary>The dossier's required documents, as stored (not tracked).</summary>
    public static Task<List<DossierDocument>> RequiredDocumentsAsync(DbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        RequiredUntracked.For(db)(db, dossierId).ToListAsync(cancellationToken).AsTask();

    /// <summary>The dossier's latest return still waiting for the advisor's correction, tracked or as stored.</summary>
    public static Task<DossierReturn?> OpenReturnAsync(DbContext db, Guid dossierId, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? OpenReturn : OpenReturnUntracked).For(db)(db, dossierId, cancellationToken);
}
