using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Host.Application;

public static class Paging
{
    public const int MaxPageSize = 200;

    public static async Task<PagedList<TView>> PageAsync<T, TView>(IQueryable<T> ordered, int? page, int? pageSize, Func<T, TView> view, CancellationToken ct)
    {
        var (number, size) = Bounds(page, pageSize);
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<TView>(items.Select(view).ToList(), number, size, total);
    }

    /// <summary>
    /// A page (of <paramref name="ordered"/>) whose total counts, in <paramref name="toCount"/> (the same rows, needing no order), no further than <paramref name="countCap"/> matches (or the end of the page asked for,
    /// if further), so a search matching a hundred thousand rows reads about a thousand: past it the total answered is
    /// that limit with <see cref="PagedList{T}.TotalIsLowerBound"/> set ("more than").
    /// </summary>
    public static async Task<PagedList<TView>> PageCappedAsync<T, TKey, TView>(IQueryable<T> ordered, IQueryable<TKey> toCount, int? page, int? pageSize,
        int countCap, Func<T, TView> view, CancellationToken ct)
    {
        var (number, size) = Bounds(page, pageSize);
        var limit = Math.Max(countCap, number * size);
        var counted = await toCount.Take(limit + 1).CountAsync(ct);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<TView>(items.Select(view).ToList(), number, size, Math.Min(counted, limit), counted > limit);
    }

    private static (int Number, int Size) Bounds(int? page, int? pageSize) => (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));
}
