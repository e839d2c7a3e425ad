using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Host.Application;

public static class Paging
{
    public const int MaxPageSize = 200;

    public static async Task<PagedList<TView>> PageAsync<T, TView>(IQueryable<T> ordered, int? page, int? pageSize, Func<T, TView> view, CancellationToken ct)
    {
        var number = Math.Max(page ?? 1, 1);
        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<TView>(items.Select(view).ToList(), number, size, total);
    }
}
