using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// The dossier an order number names, compiled (see <see cref="CompiledPerModel{TQuery}"/>): for a move's activities, a
/// form's check and every screen or action where someone types or scans the number.
/// </summary>
public static class DossierLookup
{
    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<Dossier?>>> Tracked = new(() =>
        EF.CompileAsyncQuery((DbContext db, string number, CancellationToken _) => db.Set<Dossier>().FirstOrDefault(d => d.OrderNumber == number)));

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<Dossier?>>> AsStored = new(() =>
        EF.CompileAsyncQuery((DbContext db, string number, CancellationToken _) => db.Set<Dossier>().AsNoTracking().FirstOrDefault(d => d.OrderNumber == number)));

    /// <summary>The dossier with this order number (spaces around it ignored), tracked or as stored; null when there is none.</summary>
    public static Task<Dossier?> ByOrderNumberAsync(DbContext db, string orderNumber, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? Tracked : AsStored).For(db)(db, orderNumber.Trim(), cancellationToken);

    /// <summary>The same, and "not found" (404, in Spanish) when there is none.</summary>
    public static async Task<Dossier> FindByOrderNumberAsync(DbContext db, string orderNumber, bool tracked, CancellationToken cancellationToken) =>
        await ByOrderNumberAsync(db, orderNumber, tracked, cancellationToken)
        ?? throw new WorkflowNotFoundException(DomainTexts.DossierNotFound.With(orderNumber.Trim()));
}
