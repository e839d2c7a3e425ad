using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// EF Core's query warnings the host logs lower. A dossier search counts its matches up to a cap in no order
/// (<c>Paging.PageCappedAsync</c>): a thousand rows read instead of every match, which EF Core reports as a row limit
/// without an order, a warning for every search the staff run that buried the ones that matter. Every page the host
/// reads is ordered (<c>Paging</c> takes an ordered query), so that warning is kept at Debug.
/// </summary>
internal static class ArchiveQueryWarnings
{
    public static DbContextOptionsBuilder WithArchiveQueryWarnings(this DbContextOptionsBuilder db) =>
        db.ConfigureWarnings(w => w.Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, LogLevel.Debug)));
}
