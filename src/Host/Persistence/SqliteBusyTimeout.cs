using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>, as long as the connection's default timeout).
/// Without it a writer that finds the lock taken gets SQLITE_BUSY back at once and Microsoft.Data.Sqlite retries after
/// sleeping 150 ms: with a move and an outbox drain committing at the same moment, one request in twenty took 160 ms
/// instead of 10. SQLite's own handler retries within a millisecond or two of the lock being free.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        var seconds = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout : 30;
        command.CommandText = $"PRAGMA busy_timeout = {seconds * 1000};";
        return command;
    }
}
