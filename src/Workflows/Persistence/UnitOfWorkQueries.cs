using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Persistence;

internal static class UnitOfWorkQueries
{
    /// <summary>
    /// Rows the store holds (<paramref name="stored"/>, a tracked query: <see cref="EngineQueries"/>) plus those added
    /// earlier in this same move and not yet saved: every tracked row that <paramref name="matches"/>.
    /// </summary>
    public static async Task<List<T>> StoredAndPendingAsync<T>(this DbContext db, IAsyncEnumerable<T> stored, Func<T, bool> matches,
        CancellationToken cancellationToken) where T : class
    {
        await foreach (var _ in stored.WithCancellation(cancellationToken)) { }
        return db.Set<T>().Local.Where(matches).ToList();
    }
}
