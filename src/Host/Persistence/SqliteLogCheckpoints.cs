using Microsoft.Data.Sqlite;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log into the database file from a connection of its own, so that no commit has to.
/// <para>
/// Left to SQLite, the commit that takes the log past <c>wal_autocheckpoint</c> (16,384 pages, see
/// <see cref="SqliteConnectionPragmas"/>) copies the whole log before it returns, and with group commit every move queued
/// behind it waits: at 16 clients a stall of 60–80 ms about once a second.
/// </para>
/// <para>
/// A passive checkpoint copies while writers go on, but the log only starts again from its beginning once every frame is
/// copied and no reader still reads from it, which under steady writes never happens by itself. So once the log holds
/// <see cref="DatabaseOptions.LogRestartPages"/> pages, this loop takes this process's write turn
/// (<see cref="SqliteWriteTurns"/>) and asks for a restart: only the frames written since its passive checkpoint are
/// left to copy, and the next writer starts the log from its beginning. It waits for readers at most
/// <see cref="ReaderWait"/>; a longer reader leaves the restart to the next pass. SQLite's own limit stays, for a
/// batch that writes more than the interval's worth of pages.
/// </para>
/// </summary>
public sealed class SqliteLogCheckpoints(DatabaseOptions options, SqliteWriteTurns turns, EngineMetrics metrics, TimeProvider time,
    ILogger<SqliteLogCheckpoints> logger)
    : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);
    public const int DefaultRestartPages = 4_096;

    /// <summary>How long a restart, holding the write turn, waits for readers of the log.</summary>
    public static readonly TimeSpan ReaderWait = TimeSpan.FromMilliseconds(20);

    private readonly SemaphoreSlim _passing = new(1, 1);
    private SqliteConnection? _connection;
    private string? _store;

    /// <summary>The log's length when it was last asked to start again: the same length later means nothing was written since.</summary>
    private int _restartedAt = -1;

    /// <summary>What a pass found: the log's pages, whether they were all copied, and whether the log will start again.</summary>
    public readonly record struct Pass(int LogPages, bool AllCopied, bool Restarted);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.LogCheckpointInterval <= TimeSpan.Zero || IsInMemory(options.ConnectionString)) return;
        try
        {
            while (true)
            {
                await Task.Delay(options.LogCheckpointInterval, time, stoppingToken);
                try
                {
                    await PassAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Nothing is lost: the log stays, and SQLite's own limit copies it if the passes keep failing.
                    logger.LogWarning(e, "Copying the SQLite log into the database failed; the next pass tries again.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass: copies the log, and has it started again once it is long enough.</summary>
    public async Task<Pass> PassAsync(CancellationToken cancellationToken)
    {
        await _passing.WaitAsync(cancellationToken);
        try
        {
            var store = options.ConnectionString!;
            var connection = Open(store);
            var copied = await CheckpointAsync(connection, "PASSIVE", cancellationToken);
            metrics.SqliteLogPages.Record(Math.Max(0, copied.LogPages));
            if (copied.LogPages < options.LogRestartPages || copied.LogPages == _restartedAt) return copied;
            using (await turns.WaitAsync(store, cancellationToken))
            {
                var restarted = await CheckpointAsync(connection, "RESTART", cancellationToken);
                if (restarted.Restarted) _restartedAt = restarted.LogPages;
                return restarted;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next pass opens a new connection.
            Close();
            throw;
        }
        finally
        {
            _passing.Release();
        }
    }

    private SqliteConnection Open(string store)
    {
        // The tests move a running host to a fresh store.
        if (_connection is { } open && _store == store) return open;
        Close();
        // Not pooled: a pool could hand this connection, with its short wait, to one of the host's writers.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(store) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)ReaderWait.TotalMilliseconds}";
        command.ExecuteNonQuery();
        (_store, _restartedAt) = (store, -1);
        return _connection = connection;
    }

    private void Close()
    {
        _connection?.Dispose();
        _connection = null;
    }

    private static async Task<Pass> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        // busy, pages in the log, pages copied (-1, -1 when the store keeps no log).
        var (busy, log, done) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
        return new Pass(log, busy == 0 && done == log, busy == 0 && mode == "RESTART");
    }

    private static bool IsInMemory(string? store) =>
        store is null || new SqliteConnectionStringBuilder(store) is var parsed && (parsed.Mode == SqliteOpenMode.Memory || parsed.DataSource is "" or ":memory:");

    public override void Dispose()
    {
        // Stops the loop first; a pass under way ends before its connection closes.
        base.Dispose();
        _passing.Wait();
        try
        {
            Close();
        }
        finally
        {
            _passing.Release();
        }
    }
}
