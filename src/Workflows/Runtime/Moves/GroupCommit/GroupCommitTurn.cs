using System.Data.Common;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// What the writer lends a move for its turn: its connection and the batch's open transaction; and what the batch's
/// moves appended (<see cref="Persistence.AppendBuffer.HeldForBatch"/>), written once before the COMMIT.
/// </summary>
internal sealed record GroupCommitSession(DbConnection Connection, DbTransaction Transaction)
{
    /// <summary>Filled by one move at a time, in turn order: only the move holding the turn adds to it.</summary>
    public List<object> Appended { get; } = [];
}

/// <summary>How a move handed its turn back to the writer.</summary>
internal enum TurnOutcome
{
    /// <summary>Its writes are in the batch, under a released savepoint: it waits for the COMMIT.</summary>
    Written,
    /// <summary>Rolled back to its savepoint (or never wrote): the batch goes on without it.</summary>
    Abandoned,
    /// <summary>Its failure ended the batch's transaction: nothing of the batch can commit.</summary>
    Broken,
}

/// <summary>
/// One move's place in the writer's queue: the writer grants the turn (or finds it given up while waiting), the move
/// hands it back with an outcome, and, when it wrote, learns whether its batch committed. A move whose whole save waits for
/// the batch comes with its <see cref="Rows"/> instead: the writer adds them to the batch's, and grants no turn.
/// </summary>
internal sealed class GroupCommitTurn(bool ridesAlong = false, List<object>? rows = null)
{
    private const int Waiting = 0, Granted = 1, GivenUp = 2;
    private int _state;

    // The move's turn runs on the writer's thread, at once: queued to the thread pool it waited behind the requests of a
    // busy host while the whole batch held the write lock. The move gives the thread back as its turn ends (it waits for
    // the COMMIT, or yields once it has abandoned: GroupCommitMove), so the writer goes on to the next turn.
    private readonly TaskCompletionSource<GroupCommitSession> _granted = new();
    private readonly TaskCompletionSource<(TurnOutcome Outcome, Exception? Cause)> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A write that waits for a move to share its batch rather than open one (<see cref="GroupCommitOptions.GroupCommitRiderMaxWait"/>).</summary>
    public bool RidesAlong => ridesAlong;

    /// <summary>Everything the move writes, all of it able to wait for the batch (<see cref="GroupCommitMove"/>); null for a turn.</summary>
    public List<object>? Rows => rows;

    /// <summary>The store the move works on, so the writer opens the batch there (null: the writer's own).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>When it was queued (<see cref="System.Diagnostics.Stopwatch"/> ticks): a rider waits only so long.</summary>
    public long QueuedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>The writer's side: false when the move gave up waiting (cancelled), so the writer passes on to the next.</summary>
    public bool TryGrant(GroupCommitSession session)
    {
        if (Interlocked.CompareExchange(ref _state, Granted, Waiting) != Waiting) return false;
        _granted.SetResult(session);
        return true;
    }

    /// <summary>The writer could not open a batch for it: the move hears why, having written nothing.</summary>
    public void Refuse(Exception cause)
    {
        if (rows is not null) Fail(cause);
        else if (Interlocked.CompareExchange(ref _state, GivenUp, Waiting) == Waiting) _granted.SetException(cause);
    }

    /// <summary>The move's side: waits for its turn; cancelling gives the place up unless the turn came first.</summary>
    public async Task<GroupCommitSession> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _granted.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (Interlocked.CompareExchange(ref _state, GivenUp, Waiting) == Waiting) throw;
            // The turn was granted at the same moment: hand it straight back, untouched.
            Finish(TurnOutcome.Abandoned);
            throw;
        }
    }

    public Task<(TurnOutcome Outcome, Exception? Cause)> Finished => _finished.Task;

    public void Finish(TurnOutcome outcome, Exception? cause = null) => _finished.TrySetResult((outcome, cause));

    /// <summary>Completes once the batch holding this move's writes has committed; faults when it could not.</summary>
    public Task Committed => _committed.Task;

    public void Commit() => _committed.TrySetResult();

    public void Fail(Exception cause) => _committed.TrySetException(cause);
}
