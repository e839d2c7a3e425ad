using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Tests.Hosting;

/// <summary>
/// The host's own connection copies SQLite's log and has it started again (<see cref="SqliteLogCheckpoints"/>), so that
/// no commit copies it. The writer here never checkpoints (<c>wal_autocheckpoint = 0</c>): whatever is copied, this did.
/// </summary>
public sealed class SqliteLogCheckpointsTests : IDisposable
{
    private const int RestartPages = 64;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"wa-log-{Guid.NewGuid():N}.db");
    private readonly SqliteWriteTurns _turns = new();
    private readonly EngineMetrics _metrics = new();
    private readonly SqliteConnection _writer;
    private readonly SqliteLogCheckpoints _checkpoints;

    public SqliteLogCheckpointsTests()
    {
        var store = $"Data Source={_file};Pooling=False";
        _writer = new SqliteConnection(store);
        _writer.Open();
        Execute(_writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE pages (content BLOB)");
        _checkpoints = new SqliteLogCheckpoints(new DatabaseOptions { ConnectionString = store, LogRestartPages = RestartPages },
            _turns, _metrics, TimeProvider.System, NullLogger<SqliteLogCheckpoints>.Instance);
    }

    [Fact]
    public async Task A_long_log_is_copied_and_started_again_from_its_beginning()
    {
        WritePages(100);

        var pass = await _checkpoints.PassAsync(CancellationToken.None);

        Assert.True(pass is { Restarted: true, AllCopied: true } && pass.LogPages >= 100, pass.ToString());
        WritePages(2);
        // Without the restart a passive checkpoint copies as much, and the next write goes on at the log's end.
        var next = await _checkpoints.PassAsync(CancellationToken.None);
        Assert.True(next.LogPages < 10, $"the log went on from page {pass.LogPages}: {next}");
    }

    [Fact]
    public async Task Each_pass_tells_the_logs_length_to_the_engines_meter()
    {
        using var measured = new EngineMeasurements(_metrics);
        WritePages(30);

        await _checkpoints.PassAsync(CancellationToken.None);

        Assert.True(Assert.Single(measured.Of("workflow.sqlite.log_pages")).Value >= 30);
    }

    [Fact]
    public async Task A_short_log_is_only_copied_and_the_write_turn_left_alone()
    {
        WritePages(20);
        using var held = await _turns.WaitAsync(_writer.ConnectionString, CancellationToken.None);

        // Had it asked for the turn held here, it would be cancelled waiting for it.
        var pass = await _checkpoints.PassAsync(TenSeconds());

        Assert.Equal((false, true), (pass.Restarted, pass.AllCopied));
    }

    [Fact]
    public async Task A_reader_still_in_the_log_leaves_the_restart_to_the_next_pass_and_gives_the_write_turn_back()
    {
        WritePages(40);
        using var reader = new SqliteConnection(_writer.ConnectionString);
        reader.Open();
        // A read transaction holds its snapshot, which lies in the log, until it ends.
        Execute(reader, "BEGIN");
        Assert.Equal(40L, Scalar(reader, "SELECT COUNT(*) FROM pages"));
        WritePages(40);

        // SQLite's wait for readers cannot be cancelled: a pass waiting as long as the host's writers (30 s) fails here.
        var passing = Task.Run(() => _checkpoints.PassAsync(CancellationToken.None));
        Assert.Same(passing, await Task.WhenAny(passing, Task.Delay(TimeSpan.FromSeconds(10))));

        var blocked = await passing;
        Assert.False(blocked.Restarted, blocked.ToString());
        using (await _turns.WaitAsync(_writer.ConnectionString, TenSeconds()))
        {
        }
        Execute(reader, "COMMIT");
        Assert.True((await _checkpoints.PassAsync(CancellationToken.None)).Restarted);
    }

    [Fact]
    public async Task Nothing_written_since_a_restart_asks_for_no_other()
    {
        WritePages(100);
        Assert.True((await _checkpoints.PassAsync(CancellationToken.None)).Restarted);
        using var held = await _turns.WaitAsync(_writer.ConnectionString, CancellationToken.None);

        // The log still says 100 pages until someone writes; asking again would wait for the turn held here.
        var again = await _checkpoints.PassAsync(TenSeconds());

        Assert.Equal((false, true), (again.Restarted, again.AllCopied));
    }

    /// <summary>A bound on a wait that must not happen, so that the test fails instead of hanging.</summary>
    private static CancellationToken TenSeconds() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

    /// <summary>One transaction per page: each commit adds a page of its own to the log.</summary>
    private void WritePages(int count)
    {
        for (var i = 0; i < count; i++) Execute(_writer, "INSERT INTO pages VALUES (zeroblob(3000))");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _checkpoints.Dispose();
        _metrics.Dispose();
        _writer.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_file + suffix);
    }
}
