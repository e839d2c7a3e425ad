using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>The fixed remisión look-ups of a move (with its dossier, for the reception), compiled (see <see cref="CompiledPerModel{TQuery}"/>).</summary>
internal static class ManifestQueries
{
    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<TransferManifest?>>> Prepared = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid boxId, CancellationToken _) =>
            db.Set<TransferManifest>().FirstOrDefault(m => m.BoxId == boxId && m.Status == ManifestStatus.Prepared)));

    private static readonly CompiledPerModel<Func<DbContext, Guid?, CancellationToken, Task<TransferManifest?>>> ById = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid? id, CancellationToken _) => db.Set<TransferManifest>().FirstOrDefault(m => m.Id == id)));

    /// <summary>A dossier and the remisión it went out on (null: none), both tracked.</summary>
    private sealed record DossierAndManifest(Dossier Dossier, TransferManifest? Manifest);

    // A plain LEFT JOIN on the remisión's id: asked for as one row in the query, SQLite, which has no lateral join,
    // would number every remisión of the archive to find it.
    private static readonly CompiledPerModel<Func<DbContext, string, IAsyncEnumerable<DossierAndManifest>>> WithManifest = new(() =>
        EF.CompileAsyncQuery((DbContext db, string orderNumber) =>
            from d in db.Set<Dossier>().Where(d => d.OrderNumber == orderNumber)
            from m in db.Set<TransferManifest>().Where(m => m.Id == d.ManifestId).DefaultIfEmpty()
            select new DossierAndManifest(d, m)));

    /// <summary>The move's dossier and its remisión, tracked: asked together unless the move holds the dossier already.</summary>
    public static async Task<(Dossier Dossier, TransferManifest? Manifest)> DossierAndManifestAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (DossierAccess.Held(context) is { } held) return (held, await ByIdAsync(context.Db, held.ManifestId, cancellationToken));
        var read = await WithManifest.For(context.Db)(context.Db, context.BusinessKey).FirstOrDefaultAsync(cancellationToken)
            ?? throw DossierAccess.Missing(context);
        return (read.Dossier, read.Manifest);
    }

    /// <summary>The box's remisión still being prepared, tracked.</summary>
    public static Task<TransferManifest?> PreparedForBoxAsync(DbContext db, Guid boxId, CancellationToken cancellationToken) =>
        Prepared.For(db)(db, boxId, cancellationToken);

    /// <summary>The remisión with this id, tracked.</summary>
    public static Task<TransferManifest?> ByIdAsync(DbContext db, Guid? id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);
}
