using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// One attempt of a move that goes through the <see cref="GroupCommitWriter"/>. Its reads run on the context's own
/// connection, as any WAL reader; just before its first write (<see cref="JoinAsync(DbContext, CancellationToken)"/>: its
/// SaveChanges, or an activity's own statement via <see cref="MoveTransaction"/>) it waits for its turn, then the context
/// works on the writer's connection, inside the batch's transaction, under a savepoint of its own. At the end the
/// savepoint is released into the batch and the move waits for the COMMIT (<see cref="CommitAsync"/>), or it is rolled back
/// alone (<see cref="AbandonAsync"/>); either way the context gets a connection of its own back and the writer goes on.
/// </summary>
internal sealed class GroupCommitMove : IAsyncDisposable
{
    private const string Savepoint = "move";
    private static readonly ConditionalWeakTable<DbContext, GroupCommitMove> Running = new();

    /// <summary>For a pooled context passing to the next scope (<see cref="Persistence.IContextLeaseReset"/>).</summary>
    internal static void Forget(DbContext db) => Running.Remove(db);

    private readonly DbContext _db;
    private readonly GroupCommitWriter _writer;
    private readonly GroupCommitMove? _outer;
    private readonly bool _ridesAlong;
    private readonly bool _rowsHeldForBatch;
    private bool _savedWhole;
    private bool _queued;
    private GroupCommitTurn? _turn;
    private GroupCommitSession? _session;
    private DbProviderFactory? _connections;
    private string? _connectionString;
    private DbConnection? _setAside;

    private GroupCommitMove(DbContext db, GroupCommitWriter writer, bool ridesAlong, bool rowsHeldForBatch)
    {
        _db = db;
        _writer = writer;
        _ridesAlong = ridesAlong;
        _rowsHeldForBatch = rowsHeldForBatch;
        _outer = Running.TryGetValue(db, out var outer) ? outer : null;
    }

    /// <summary>True while the move holds the writer's turn (its writes go into the batch).</summary>
    public bool Joined => _turn is not null;

    /// <summary>True when the move has writes for the batch: in its turn, or its whole save left to it (<see cref="HoldWholeSave(DbContext)"/>).</summary>
    public bool Writes => Joined || _savedWhole;

    /// <summary>
    /// A move begins on <paramref name="db"/>: riders queued meanwhile wait for it (<see cref="GroupCommitWriter.MoveUnderway"/>).
    /// Its appended rows are left for the batch to write with the other moves', unless <paramref name="rowsInOwnTurn"/>
    /// (its last attempt's batch failed writing them: <see cref="GroupCommitAbortedException.AppendedRowsFailed"/>).
    /// </summary>
    public static GroupCommitMove Enter(DbContext db, GroupCommitWriter writer, bool rowsInOwnTurn = false) =>
        Begin(db, writer, ridesAlong: false, rowsHeldForBatch: !rowsInOwnTurn);

    private static GroupCommitMove Begin(DbContext db, GroupCommitWriter writer, bool ridesAlong, bool rowsHeldForBatch)
    {
        var move = new GroupCommitMove(db, writer, ridesAlong, rowsHeldForBatch);
        if (!ridesAlong) writer.MoveUnderway();
        Running.AddOrUpdate(db, move);
        return move;
    }

    /// <summary>
    /// A write that is not a move (an outbox drain's lease, its outcomes) goes through the writer as a rider, when the
    /// writer applies and no transaction is open: <paramref name="write"/> joins a batch before it writes
    /// (<see cref="JoinAsync(DbContext, CancellationToken)"/>), the batch of a move underway if there is one, and this
    /// returns once the batch has committed. A commit of its own would cost a sync while the moves waited for the write lock.
    /// </summary>
    public static async Task<T> WriteAsync<T>(DbContext db, GroupCommitWriter? writer, Func<Task<T>> write)
    {
        if (writer?.Applies(db) != true || db.Database.CurrentTransaction is not null) return await write();
        await using var grouped = Begin(db, writer, ridesAlong: true, rowsHeldForBatch: true);
        var result = await write();
        if (grouped.Joined) await grouped.CommitAsync();
        return result;
    }

    /// <inheritdoc cref="WriteAsync{T}(DbContext, GroupCommitWriter?, Func{Task{T}})"/>
    public static Task WriteAsync(DbContext db, GroupCommitWriter? writer, Func<Task> write) =>
        WriteAsync(db, writer, async () =>
        {
            await write();
            return true;
        });

    /// <summary>
    /// Joins the writer's batch if a group-committed move runs on this context and has not yet: false when none does (or
    /// the context is in a state it cannot leave, a transaction or a connection of the caller's), so the caller writes as
    /// it always did.
    /// </summary>
    public static async Task<bool> JoinAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!Running.TryGetValue(db, out var move)) return false;
        return move.Joined || await move.JoinAsync(cancellationToken);
    }

    /// <summary>
    /// Instead of a save: when a group-committed move that has not joined its batch saves only rows that may wait for the
    /// batch (<see cref="TrackedRowSets.TryHoldWhole"/>), they wait in its append buffer, and the move hands them to the
    /// writer as it commits (<see cref="CommitAsync"/>), needing no turn: no savepoint, no connection lent, none of EF
    /// Core's save on the writer's thread while the batch holds the write lock. False, with nothing done, otherwise: the
    /// caller joins and saves. The save's preparing interceptors must have run ahead (<see cref="SavePreparation"/>).
    /// </summary>
    public static bool HoldWholeSave(DbContext db) => Running.TryGetValue(db, out var move) && move.HoldWholeSave();

    private bool HoldWholeSave()
    {
        if (Joined || _ridesAlong || !_rowsHeldForBatch || _outer is not null || _db.Database.CurrentTransaction is not null) return false;
        var connectionString = _db.Database.GetConnectionString();
        var buffer = AppendBuffer.For(_db);
        if (!WriterServes(connectionString) || !buffer.KeepsRows) return false;
        // As the save's interceptor would: its outbox messages are announced once the batch commits.
        if (!TrackedRowSets.TryHoldWhole(_db, buffer, () => _writer.Announcer.Saving(_db))) return false;
        _connectionString = connectionString;
        _savedWhole = true;
        return true;
    }

    // An in-memory store lives on its connection only: the writer's would be another, empty one.
    private static bool WriterServes(string? connectionString) =>
        connectionString is not null && !connectionString.Contains(":memory:", StringComparison.OrdinalIgnoreCase)
        && !connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// For an activity that made the move join and then failed: its writes are all that is under the move's savepoint, so
    /// rolling back to it undoes them; the move keeps its turn and goes on (to record the incident).
    /// </summary>
    public static async Task<bool> UndoSinceJoinAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!Running.TryGetValue(db, out var move) || !move.Joined) return false;
        await db.Database.CurrentTransaction!.RollbackToSavepointAsync(Savepoint, cancellationToken);
        return true;
    }

    private async Task<bool> JoinAsync(CancellationToken cancellationToken)
    {
        if (_db.Database.CurrentTransaction is not null) return false;
        var own = _db.Database.GetDbConnection();
        // The context's own connection (held open for the move's reads) is given back, or set aside if the host keeps it
        // open (its prepared statements with it): the writer's takes its place.
        var kept = own as IKeptOpenConnection;
        for (var i = 0; kept is null && own.State != ConnectionState.Closed && i < 8; i++) await _db.Database.CloseConnectionAsync();
        if (kept is null && own.State != ConnectionState.Closed) return false;
        _connections = DbProviderFactories.GetFactory(own);
        _connectionString = _db.Database.GetConnectionString();
        if (_connections is null || !WriterServes(_connectionString)) return false;

        var turn = _writer.Enqueue(_connectionString, _ridesAlong);
        _queued = true;
        var session = await turn.WaitAsync(cancellationToken);
        if (session.Connection.ConnectionString != _connectionString)
        {
            // The writer works on another store than this context (a second database in the process): not this move's batch.
            turn.Finish(TurnOutcome.Abandoned);
            return false;
        }
        try
        {
            _setAside = kept is null ? null : own;
            _db.Database.SetDbConnection(session.Connection, contextOwnsConnection: false);
            _turn = turn;
            _session = session;
            AppendBuffer.For(_db).HeldForBatch = _rowsHeldForBatch;
            await _db.Database.UseTransactionAsync(session.Transaction, cancellationToken);
            await _db.Database.CurrentTransaction!.CreateSavepointAsync(Savepoint, cancellationToken);
            // The move's savepoint already covers its SaveChanges: one of EF's own around it would only cost statements.
            _db.Database.AutoSavepointsEnabled = false;
            return true;
        }
        catch
        {
            // Nothing written yet: the batch goes on without this move.
            LeaveWriterConnection();
            turn.Finish(TurnOutcome.Abandoned);
            throw;
        }
    }

    /// <summary>
    /// Puts the move's writes into the batch and waits, whatever the caller's token says, for the batch's COMMIT: only
    /// then is the move done, and only then are its outbox messages announced. Throws when the batch did not commit.
    /// </summary>
    public async Task CommitAsync()
    {
        if (!Joined)
        {
            await CommitHeldAsync();
            return;
        }
        var turn = _turn!;
        try
        {
            await _db.Database.CurrentTransaction!.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
        }
        catch (Exception ex)
        {
            await AbandonAsync();
            ExceptionDispatchInfo.Throw(ex);
        }
        // Its writes are in: its appended rows go with the batch's, written before the COMMIT (a save held whole before it
        // joined too).
        _savedWhole = false;
        _session!.Appended.AddRange(AppendBuffer.For(_db).Take());
        LeaveWriterConnection();
        turn.Finish(TurnOutcome.Written);
        await AwaitCommitAsync(turn);
    }

    /// <summary>The move's whole save waits in its buffer (<see cref="HoldWholeSave(DbContext)"/>): the rows go to the writer, as they are.</summary>
    private async Task CommitHeldAsync()
    {
        _savedWhole = false;
        var rows = AppendBuffer.For(_db).Take();
        if (rows.Count == 0) return;
        var turn = _writer.Enqueue(_connectionString, rows: rows);
        _queued = true;
        await AwaitCommitAsync(turn);
    }

    private async Task AwaitCommitAsync(GroupCommitTurn turn)
    {
        try
        {
            await turn.Committed;
        }
        catch
        {
            _writer.Announcer.RolledBack(_db);
            throw;
        }
        _writer.Announcer.Committed(_db);
    }

    /// <summary>Rolls the move's writes back to its savepoint and gives the turn back; the rest of the batch is untouched.</summary>
    public async Task AbandonAsync()
    {
        if (_savedWhole)
        {
            // Nothing reached the writer: the caller drops the rows from the buffer, as any move's that failed.
            _savedWhole = false;
            _writer.Announcer.RolledBack(_db);
        }
        if (_turn is not { } turn) return;
        Exception? broken = null;
        try
        {
            var transaction = _db.Database.CurrentTransaction!;
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // SQLite ended the whole transaction (the savepoint is gone with it): no move of this batch can commit.
            broken = ex;
        }
        LeaveWriterConnection();
        _writer.Announcer.RolledBack(_db);
        turn.Finish(broken is null ? TurnOutcome.Abandoned : TurnOutcome.Broken, broken);
        // The turn may have run on the writer's thread (GroupCommitTurn): what the caller does with the failure runs apart.
        await Task.Yield();
    }

    /// <summary>
    /// The context lets go of the writer's connection and transaction and gets its own back (the one set aside), or a new,
    /// closed one.
    /// </summary>
    private void LeaveWriterConnection()
    {
        _turn = null;
        _session = null;
        AppendBuffer.For(_db).HeldForBatch = false;
        _db.Database.UseTransaction(null);
        if (_setAside is { } own) _db.Database.SetDbConnection(own, contextOwnsConnection: false);
        else
        {
            var fresh = _connections!.CreateConnection()!;
            fresh.ConnectionString = _connectionString;
            _db.Database.SetDbConnection(fresh, contextOwnsConnection: true);
        }
        _setAside = null;
        _db.Database.AutoSavepointsEnabled = true;
    }

    public async ValueTask DisposeAsync()
    {
        // A move that ended some other way than through CommitAsync or AbandonAsync must not keep the writer waiting.
        try
        {
            await AbandonAsync();
        }
        finally
        {
            if (!_ridesAlong) _writer.MoveEnded(_queued);
            if (_outer is null) Running.Remove(_db);
            else Running.AddOrUpdate(_db, _outer);
        }
    }
}
