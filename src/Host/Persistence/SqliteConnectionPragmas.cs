using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// What each SQLite connection is told as it opens.
/// <para>
/// <c>busy_timeout</c>, as long as the connection's default timeout: SQLite itself waits for the write lock. Without it
/// a writer that finds the lock taken gets SQLITE_BUSY back at once and Microsoft.Data.Sqlite retries after sleeping
/// 150 ms: with a move and an outbox drain committing at the same moment, one request in twenty took 160 ms instead of
/// 10. SQLite's own handler retries within a millisecond or two of the lock being free.
/// </para>
/// <para>
/// The page cache is SQLite's default (2 MB): a timer sweep widens its connection's for its batches (<c>SqliteBatchCache</c>).
/// </para>
/// <para>
/// <c>wal_autocheckpoint</c> of 16,384 pages (64 MB) instead of 1,000: a batch of timers writes more than 1,000 pages, so
/// every batch's commit also copied the whole log into the database file; pages the next batches change again (indexes,
/// the journal's last pages) are now copied once per checkpoint (50,000 retention timers: 42 and 34 s against 29 s, runs
/// alternated). Since <see cref="SqliteLogCheckpoints"/> copies the log on a connection of its own and has it started
/// again at a quarter of that, this limit is only reached by a batch that writes more between two of its passes.
/// </para>
/// <para>Each native connection is told once: the pool hands the same one out again with its settings kept.</para>
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    /// <summary>The native connections told already: a pooled connection keeps what it was told, and a request opens several.</summary>
    private static readonly ConditionalWeakTable<object, object> Told = new();

    public static SqliteConnectionPragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tell(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection)) return;
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Also for a connection opened outside EF Core (<see cref="SqliteConnectionKeeper"/>).</summary>
    internal static void Tell(DbConnection connection)
    {
        if (!FirstOpen(connection)) return;
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Told.TryAdd(handle, Told);

    private static DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        var seconds = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout : 30;
        command.CommandText = $"PRAGMA busy_timeout = {seconds * 1000}; PRAGMA wal_autocheckpoint = 16384;";
        return command;
    }
}
