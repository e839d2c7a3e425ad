using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Keeps the context's connection open for the whole of a move. Left to itself EF Core opens and closes it around every
/// query, and each open costs a pool round trip (and, on SQLite, registering the provider's functions again): with the
/// dozen queries of a move that was a measurable share of its time. Disposing closes it only if this opened it.
/// </summary>
internal sealed class HeldConnection : IAsyncDisposable
{
    private readonly DbContext? _openedBy;

    private HeldConnection(DbContext? openedBy) => _openedBy = openedBy;

    public static async Task<HeldConnection> OpenAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Open) return new HeldConnection(null);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new HeldConnection(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_openedBy is not null) await _openedBy.Database.CloseConnectionAsync();
    }
}
