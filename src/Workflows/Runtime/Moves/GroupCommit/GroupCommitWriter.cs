using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// SQLite's single writer. Moves queue here when they are about to write; the writer opens one transaction (BEGIN
/// IMMEDIATE, the store's one write lock, once its turn among this process's writers comes: <see cref="SqliteWriteTurns"/>)
/// on a connection of its own, kept from batch to batch (<see cref="GroupCommitConnection"/>), lends it to each queued move in turn, and COMMITs
/// once for the lot: a batch is whatever queued while the previous one ran, up to <see cref="GroupCommitOptions.GroupCommitMaxBatch"/>.
/// Each move writes under its own savepoint (<see cref="GroupCommitMove"/>), so a failing one takes only its own writes
/// back; a move hears it committed only after the real COMMIT. One durable commit then serves many moves. A write that
/// can wait (a rider: an outbox drain's bookkeeping) opens no batch while moves are coming: it rides along with the next
/// move's batch, and goes alone only once it has waited <see cref="GroupCommitOptions.GroupCommitRiderMaxWait"/>, or at
/// once when no move is underway nor began within that time. At 16 clients a drain after each batch had cost a COMMIT of
/// its own, with the moves queued behind it: the clients' next moves begin only after the batch's answers reach them.
/// </summary>
public sealed class GroupCommitWriter(IServiceScopeFactory scopes, GroupCommitOptions options, EngineMetrics metrics,
    OutboxCommitAnnouncer announcer, SqliteWriteTurns writeTurns, StatementCounter statements, ILogger<GroupCommitWriter> logger,
    IEnumerable<IGroupCommitRows> rowFinishers) : IAsyncDisposable
{
    private static readonly TimeSpan OneMillisecond = TimeSpan.FromMilliseconds(1);
    private readonly GroupCommitConnection _connection = new(scopes);
    private readonly Lock _gate = new();
    private readonly IGroupCommitRows[] _rowFinishers = rowFinishers.ToArray();
    private readonly Queue<GroupCommitTurn> _queue = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;
    private int _holdUntilQueued;
    private int _queuedMoves;
    private int _movesUnderway;
    private int _movesNotQueued;
    // Null until a move begins: Stopwatch counts from the machine's boot, so 0 would be a move begun at boot.
    private long? _lastMoveBegan;

    /// <summary>Told when a move's writes are committed (or rolled back), since no transaction of the move's own context ends.</summary>
    internal OutboxCommitAnnouncer Announcer => announcer;

    /// <summary>Whether the moves of this context go through the writer: group commit on, and the store is SQLite.</summary>
    public bool Applies(DbContext db) => options.GroupCommit && RowClaims.IsSqlite(db);

    /// <summary>
    /// For tests: the writer opens its next batch only once <paramref name="moves"/> moves are queued, so they share it
    /// whatever the timing. Applies to one batch.
    /// </summary>
    internal void HoldNextBatchUntil(int moves)
    {
        lock (_gate)
        {
            _holdUntilQueued = moves;
            _arrived.TrySetResult();
        }
    }

    /// <summary>For tests: how many moves (and other writes) are queued for the next batch.</summary>
    internal int Queued
    {
        get
        {
            lock (_gate) return _queue.Count;
        }
    }

    /// <summary>For tests: the connection the writer keeps between batches.</summary>
    internal System.Data.Common.DbConnection? HeldConnection => _connection.Held;

    /// <param name="connectionString">The store the move works on: the writer opens its batch there.</param>
    /// <param name="ridesAlong">A write that can wait (<see cref="GroupCommitTurn.RidesAlong"/>).</param>
    /// <param name="rows">A move's rows, all of which wait for the batch (<see cref="GroupCommitTurn.Rows"/>): no turn is granted.</param>
    internal GroupCommitTurn Enqueue(string? connectionString = null, bool ridesAlong = false, List<object>? rows = null)
    {
        var turn = new GroupCommitTurn(ridesAlong, rows) { ConnectionString = connectionString };
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _queue.Enqueue(turn);
            if (!ridesAlong)
            {
                _queuedMoves++;
                _movesNotQueued--;
            }
            _arrived.TrySetResult();
            _loop ??= Task.Run(LoopAsync);
        }
        return turn;
    }

    /// <summary>
    /// A move has begun (it may queue soon): riders wait for it, and a batch gathers it (<see cref="GroupCommitOptions.GroupCommitGatherWait"/>).
    /// Each call is matched by <see cref="MoveEnded"/>; a move queues at most once in between.
    /// </summary>
    internal void MoveUnderway()
    {
        lock (_gate)
        {
            _movesUnderway++;
            _movesNotQueued++;
            _lastMoveBegan = Stopwatch.GetTimestamp();
        }
    }

    /// <param name="queued">Whether it queued: one that did not (it failed first, or had nothing to write) is no longer awaited.</param>
    internal void MoveEnded(bool queued)
    {
        lock (_gate)
        {
            _movesUnderway--;
            if (queued) return;
            _movesNotQueued--;
            _arrived.TrySetResult();
        }
    }

    private async Task LoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                if (NextArrival(out var waitAtMost) is { } arrival)
                {
                    // Real time, not the archive's clock: this bounds a wait inside the process, nothing the archive records.
                    // At least a millisecond: Task.Delay counts whole ones, and would not wait at all for less.
                    if (waitAtMost is { } limit) await Task.WhenAny(arrival, Task.Delay(limit < OneMillisecond ? OneMillisecond : limit, _stopping.Token));
                    else await arrival.WaitAsync(_stopping.Token);
                    continue;
                }
                await RunBatchAsync();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A fault of the writer itself: RunBatchAsync has told the moves concerned; the next batch starts afresh.
                logger.LogError(ex, "Group commit: the writer's batch failed.");
            }
        }
    }

    /// <summary>
    /// Null when a batch can start now; otherwise the signal of the next move to queue, and, when only riders wait or the
    /// batch gathers the moves underway, how much longer it may wait.
    /// </summary>
    private Task? NextArrival(out TimeSpan? waitAtMost)
    {
        lock (_gate)
        {
            waitAtMost = null;
            if (_queue.Count > 0 && _queue.Count >= _holdUntilQueued)
            {
                var limit = options.GroupCommitRiderMaxWait;
                var waited = Stopwatch.GetElapsedTime(_queue.Peek().QueuedAt);
                var movesComing = _movesUnderway > 0 || (_lastMoveBegan is { } began && Stopwatch.GetElapsedTime(began) < limit);
                if (_queuedMoves > 0 && GatherFor() is { } gather) waitAtMost = gather;
                else if (_queuedMoves > 0 || !movesComing || waited >= limit)
                {
                    _holdUntilQueued = 0;
                    return null;
                }
                else waitAtMost = limit - waited;
            }
            if (_arrived.Task.IsCompleted) _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _arrived.Task;
        }
    }

    /// <summary>
    /// How much longer the batch waits for the moves underway that have not queued yet, or null to start now: each batch
    /// costs a COMMIT and writes every page it touched once, so a few more moves in it cost little more than one. Under
    /// lock.
    /// </summary>
    private TimeSpan? GatherFor()
    {
        var gather = options.GroupCommitGatherWait;
        if (gather <= TimeSpan.Zero || _movesNotQueued <= 0 || _queuedMoves >= options.GroupCommitMaxBatch) return null;
        foreach (var queued in _queue)
        {
            if (queued.RidesAlong) continue;
            var left = gather - Stopwatch.GetElapsedTime(queued.QueuedAt);
            return left > TimeSpan.Zero ? left : null;
        }
        return null;
    }

    private bool TryDequeue(out GroupCommitTurn turn)
    {
        lock (_gate)
        {
            if (!_queue.TryDequeue(out turn!)) return false;
            if (!turn.RidesAlong) _queuedMoves--;
            return true;
        }
    }

    /// <summary>The store the first queued move works on (null: none said).</summary>
    private string? NextStore()
    {
        lock (_gate) return _queue.TryPeek(out var first) ? first.ConnectionString : null;
    }

    private async Task RunBatchAsync()
    {
        DbContext db;
        IDbContextTransaction transaction;
        IDisposable? writeTurn = null;
        var locked = 0L;
        try
        {
            db = await _connection.OpenAsync(NextStore(), _stopping.Token);
            writeTurn = await writeTurns.WaitAsync(db, _stopping.Token);
            locked = Stopwatch.GetTimestamp();
            transaction = await db.Database.BeginTransactionAsync(_stopping.Token);
        }
        catch (Exception ex)
        {
            writeTurn?.Dispose();
            if (_stopping.IsCancellationRequested) throw;
            // No write lock (the busy timeout ran out, the store is gone): every move waiting hears it and may run again.
            while (TryDequeue(out var waiting)) waiting.Refuse(ex);
            // The moves are told first: should closing the connection fail too, none is left waiting.
            await _connection.ForgetAsync();
            return;
        }

        bool sound;
        using (writeTurn)
        await using (transaction)
        {
            try
            {
                sound = await WriteBatchAsync(db, transaction, locked);
            }
            catch
            {
                // Whatever a finisher kept of this batch is not the store's: the transaction ends uncommitted.
                TellRowFinishers(db, committed: false);
                throw;
            }
        }
        // Once its transaction is disposed: a failed write may have left the connection in any state, so the next batch
        // opens a new one.
        if (!sound) await _connection.ForgetAsync();
    }

    /// <summary>The queued moves' turns, their rows, the COMMIT; false when a write failed (the connection is suspect).</summary>
    private async Task<bool> WriteBatchAsync(DbContext db, IDbContextTransaction transaction, long locked)
    {
        var session = new GroupCommitSession(db.Database.GetDbConnection(), transaction.GetDbTransaction());
        var written = new List<GroupCommitTurn>();
        Exception? broken = null;
        var appendedRowsFailed = false;
        while (written.Count < Math.Max(1, options.GroupCommitMaxBatch) && TryDequeue(out var turn))
        {
            // A drain's lease reads the outbox: the messages of the moves before it in the batch are written first.
            if (turn.RidesAlong && await WriteAppendedAsync(db, session) is { } failed)
            {
                turn.Refuse(failed);
                (broken, appendedRowsFailed) = (failed, true);
                break;
            }
            if (turn.Rows is { } rows)
            {
                TakeRows(turn, rows, session, written);
                continue;
            }
            if (!turn.TryGrant(session)) continue;
            var (outcome, cause) = await turn.Finished;
            if (outcome == TurnOutcome.Written) written.Add(turn);
            else if (outcome == TurnOutcome.Broken)
            {
                broken = cause;
                break;
            }
        }

        if (broken is null && written.Count > 0 && await WriteAppendedAsync(db, session) is { } failedLast)
            (broken, appendedRowsFailed) = (failedLast, true);
        if (broken is not null || written.Count == 0)
        {
            await RollBackQuietlyAsync(transaction);
            TellRowFinishers(db, committed: false);
            foreach (var turn in written) turn.Fail(new GroupCommitAbortedException(broken!, appendedRowsFailed));
            return broken is null;
        }
        try
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            TellRowFinishers(db, committed: false);
            foreach (var turn in written) turn.Fail(ex);
            return false;
        }
        TellRowFinishers(db, committed: true);
        metrics.GroupCommitBatchSize.Record(written.Count);
        metrics.GroupCommitLockHeld.Record(Stopwatch.GetElapsedTime(locked).TotalSeconds);
        foreach (var turn in written) turn.Commit();
        return true;
    }

    /// <summary>
    /// A move that needs no turn: its rows join the batch's, with no savepoint, and it is told with the others once the
    /// batch commits. Rows for another store than the batch's (a second database in the process) go back: the move runs
    /// again, writing in a turn of its own, which a batch on its store grants.
    /// </summary>
    private static void TakeRows(GroupCommitTurn turn, List<object> rows, GroupCommitSession session, List<GroupCommitTurn> written)
    {
        if (turn.ConnectionString is { } store && store != session.Connection.ConnectionString)
        {
            turn.Fail(new GroupCommitAbortedException(new InvalidOperationException(Texts.EngineTexts.GroupCommitOtherStore.With().ToString()), appendedRowsFailed: true));
            return;
        }
        session.Appended.AddRange(rows);
        written.Add(turn);
    }

    /// <summary>
    /// The rows the batch's moves appended so far, one INSERT per table for all of them, and the rows they changed, one
    /// UPDATE per table and set of columns (<see cref="HeldUpdate"/>); null when written. Should it
    /// fail, no move can be told apart as the cause: the batch is rolled back and its moves run again, each writing its own
    /// rows in its turn (<see cref="GroupCommitAbortedException.AppendedRowsFailed"/>).
    /// </summary>
    private async Task<Exception?> WriteAppendedAsync(DbContext db, GroupCommitSession session)
    {
        if (session.Appended.Count == 0) return null;
        var before = statements.CountFor(db);
        try
        {
            foreach (var finisher in _rowFinishers) await finisher.BeforeWriteAsync(db, session.Appended, CancellationToken.None);
            await AppendBufferFlush.WriteRowsAsync(db, session.Appended, CancellationToken.None);
            session.Appended.Clear();
            return null;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Two moves of the batch changed one row (a double click, two people on one dossier): each runs again alone,
            // and the one that comes second finds the row changed.
            logger.LogInformation(ex, "Group commit: two moves of a batch changed the same row; its moves run again, each writing its own.");
            return ex;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Group commit: the batch's appended rows could not be written; its moves run again, each writing its own.");
            return ex;
        }
        finally
        {
            if (before is { } from && statements.CountFor(db) is { } to) metrics.GroupCommitStatements.Record((int)(to - from));
        }
    }

    private void TellRowFinishers(DbContext db, bool committed)
    {
        foreach (var finisher in _rowFinishers) finisher.BatchEnded(db, committed);
    }

    private async Task RollBackQuietlyAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // SQLite may have ended the transaction itself (the failure that broke it); disposing closes what is left.
            logger.LogDebug(ex, "Group commit: rollback of a batch that was already ended.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested) return;
            _stopping.Cancel();
            loop = _loop;
        }
        if (loop is not null) await loop.ConfigureAwait(false);
        await _connection.DisposeAsync();
        while (TryDequeue(out var waiting)) waiting.Refuse(new ObjectDisposedException(nameof(GroupCommitWriter)));
        _stopping.Dispose();
    }
}
