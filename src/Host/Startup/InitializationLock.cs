using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Host.Startup;

/// <summary>
/// Hosts that start together against one PostgreSQL database take turns to migrate, seed and publish, so they do not
/// insert the same catalog rows or workflow versions twice. A session advisory lock on its own connection, released
/// when disposed (or when the process dies). SQLite serves one host: nothing to take.
/// </summary>
public sealed class InitializationLock : IAsyncDisposable
{
    private const long Key = 0x5741_4E49_5449; // "WAINIT"
    private readonly NpgsqlConnection? _connection;

    private InitializationLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<InitializationLock> AcquireAsync(DatabaseOptions database, ILogger logger, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres) return new InitializationLock(null);
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var attempt = new NpgsqlCommand($"SELECT pg_try_advisory_lock({Key})", connection))
            if ((bool)(await attempt.ExecuteScalarAsync(cancellationToken))!) return new InitializationLock(connection);

        logger.LogInformation("Another host is starting on this database; waiting for it to finish before this one starts.");
        // However long the other host takes (a loaded machine, a long migration): not the 30 s command timeout.
        await using var wait = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
        await wait.ExecuteNonQueryAsync(cancellationToken);
        return new InitializationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection))
            await command.ExecuteNonQueryAsync();
        await _connection.DisposeAsync();
    }
}
