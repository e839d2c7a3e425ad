using System.Collections.Concurrent;
using System.Data;
using SQLitePCL;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// The host's SQLite connections, kept open from one scope to the next so their prepared statements stay
/// (<see cref="KeptSqliteConnection"/>). <see cref="ContextLeases"/> hands each scope's context one, the context does not
/// own it (EF Core neither opens nor closes it), and it comes back here when the scope gives the context back. A connection
/// that comes back inside a transaction, or broken, is closed instead. As many stay open as were ever in use at once, as
/// in Microsoft.Data.Sqlite's own pool, up to <see cref="IdleLimit"/> idle ones.
/// <para>
/// EF Core registers its SQL functions (<c>regexp</c>, decimal arithmetic) only on connections it creates itself; no query
/// of the archive uses them (it has no decimal column), as none did on the group-commit writer's connections before.
/// </para>
/// </summary>
internal sealed class SqliteConnectionKeeper(EngineMetrics metrics) : IDisposable
{
    public const int IdleLimit = 64;

    private readonly ConcurrentStack<KeptSqliteConnection> _idle = new();
    private volatile bool _disposed;

    /// <summary>An open connection to <paramref name="connectionString"/>: the last one given back, or a new one.</summary>
    public KeptSqliteConnection Take(string connectionString)
    {
        while (_idle.TryPop(out var kept))
        {
            if (kept.ConnectionString == connectionString && kept.State == ConnectionState.Open) return kept;
            // The host was pointed at another store (the tests move a booted host to a fresh one).
            kept.Dispose();
        }
        var fresh = new KeptSqliteConnection(connectionString, () => metrics.StatementsCompiled.Add(1));
        try
        {
            fresh.Open();
            SqliteConnectionPragmas.Tell(fresh);
            return fresh;
        }
        catch
        {
            fresh.Dispose();
            throw;
        }
    }

    public void GiveBack(KeptSqliteConnection connection)
    {
        if (_disposed || !IsIdle(connection) || _idle.Count >= IdleLimit) connection.Dispose();
        else _idle.Push(connection);
        // Disposed between the check and the push: nothing else would close it.
        if (_disposed && _idle.TryPop(out var late)) late.Dispose();
    }

    /// <summary>Open, and outside any transaction (a scope that failed half way may have left one behind).</summary>
    private static bool IsIdle(KeptSqliteConnection connection) =>
        connection.State == ConnectionState.Open && raw.sqlite3_get_autocommit(connection.Handle) != 0;

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var kept)) kept.Dispose();
    }
}
