using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Persistence;

internal static class UnitOfWorkQueries
{
    /// <summary>Rows matching in the database plus those added earlier in this same move and not yet saved.</summary>
    public static async Task<List<T>> StoredAndPendingAsync<T>(this DbContext db, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken)
        where T : class
    {
        await db.Set<T>().Where(predicate).LoadAsync(cancellationToken);
        var matches = predicate.Compile(preferInterpretation: true);
        return db.Set<T>().Local.Where(matches).ToList();
    }
}
