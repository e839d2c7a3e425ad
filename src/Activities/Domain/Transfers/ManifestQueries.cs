using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>The fixed remisión look-ups of a move, compiled (see <see cref="CompiledPerModel{TQuery}"/>).</summary>
internal static class ManifestQueries
{
    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<TransferManifest?>>> Prepared = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid boxId, CancellationToken _) =>
            db.Set<TransferManifest>().FirstOrDefault(m => m.BoxId == boxId && m.Status == ManifestStatus.Prepared)));

    private static readonly CompiledPerModel<Func<DbContext, Guid?, CancellationToken, Task<TransferManifest?>>> ById = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid? id, CancellationToken _) => db.Set<TransferManifest>().FirstOrDefault(m => m.Id == id)));

    /// <summary>The box's remisión still being prepared, tracked.</summary>
    public static Task<TransferManifest?> PreparedForBoxAsync(DbContext db, Guid boxId, CancellationToken cancellationToken) =>
        Prepared.For(db)(db, boxId, cancellationToken);

    /// <summary>The remisión with this id, tracked.</summary>
    public static Task<TransferManifest?> ByIdAsync(DbContext db, Guid? id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);
}
