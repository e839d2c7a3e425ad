using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Archive;

/// <summary>The fixed archive look-ups of a move (boxes, retention, holds), compiled (see <see cref="CompiledPerModel{TQuery}"/>).</summary>
internal static class ArchiveQueries
{
    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<ArchiveLocation?>>> Box = new(() =>
        EF.CompileAsyncQuery((DbContext db, string code, CancellationToken _) =>
            db.Set<ArchiveLocation>().FirstOrDefault(l => l.Kind == LocationKind.Box && l.Code == code)));

    private static readonly Expression<Func<ArchiveLocation, bool>> OpenBoxWithRoom =
        l => l.Kind == LocationKind.Box && !l.Closed && (l.Capacity == null || l.Filled < l.Capacity);

    private static readonly CompiledPerModel<Func<DbContext, IAsyncEnumerable<ArchiveLocation>>> WithRoom = new(() =>
        EF.CompileAsyncQuery<DbContext, ArchiveLocation>(db => db.Set<ArchiveLocation>().Where(OpenBoxWithRoom).OrderBy(l => l.Code)));

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<string?>>> Retention = new(() =>
        EF.CompileAsyncQuery((DbContext db, string serviceCode, CancellationToken _) =>
            db.Set<RetentionPolicy>().Where(p => p.ServiceCode == serviceCode).Select(p => p.Period).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<DbContext, Guid, Guid?, string, IAsyncEnumerable<LegalHold>>> Holds = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid dossierId, Guid? boxId, string customerDocument) => db.Set<LegalHold>()
            .Where(h => h.ReleasedAt == null && (h.DossierId == dossierId || (boxId != null && h.BoxId == boxId) || h.CustomerDocument == customerDocument))));

    /// <summary>The box with this code, tracked.</summary>
    public static Task<ArchiveLocation?> BoxAsync(DbContext db, string code, CancellationToken cancellationToken) =>
        Box.For(db)(db, code, cancellationToken);

    /// <summary>Open boxes with room, by code, tracked: the move fills one of them.</summary>
    public static Task<List<ArchiveLocation>> BoxesWithRoomAsync(DbContext db, CancellationToken cancellationToken) =>
        WithRoom.For(db)(db).ToListAsync(cancellationToken).AsTask();

    /// <summary>The retention period set for a service through the API, or null.</summary>
    public static Task<string?> RetentionPeriodAsync(DbContext db, string serviceCode, CancellationToken cancellationToken) =>
        Retention.For(db)(db, serviceCode, cancellationToken);

    /// <summary>The active holds on a dossier, its box or its customer, tracked.</summary>
    public static Task<List<LegalHold>> ActiveHoldsAsync(DbContext db, Guid dossierId, Guid? boxId, string customerDocument, CancellationToken cancellationToken) =>
        Holds.For(db)(db, dossierId, boxId, customerDocument).ToListAsync(cancellationToken).AsTask();
}
