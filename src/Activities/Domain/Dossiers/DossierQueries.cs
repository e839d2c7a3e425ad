using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>
/// The dossier look-up of a move (by order number, tracked), compiled once per model: EF Core then skips building,
/// hashing and parameterising the expression tree on each call. One per model, as the SQLite and PostgreSQL contexts have
/// different ones (and the tests run both in one process).
/// </summary>
internal static class DossierQueries
{
    private static readonly ConcurrentDictionary<IModel, Func<DbContext, string, CancellationToken, Task<Dossier?>>> ByOrderNumber = new();

    public static Task<Dossier?> ByOrderNumberAsync(DbContext db, string orderNumber, CancellationToken cancellationToken) =>
        ByOrderNumber.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((DbContext context, string number, CancellationToken _) =>
            context.Set<Dossier>().FirstOrDefault(d => d.OrderNumber == number)))(db, orderNumber, cancellationToken);
}
