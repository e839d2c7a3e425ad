namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// <c>Engine:GroupCommit</c> (on by default), <c>Engine:GroupCommitMaxBatch</c> and the waits below. Only SQLite uses it: its one writer
/// commits the moves that queued up meanwhile together, each under its own savepoint. PostgreSQL already commits
/// concurrent moves in parallel on pooled connections, so it keeps one transaction per move whatever this says.
/// </summary>
public sealed class GroupCommitOptions
{
    public const string Section = "Engine";

    public static GroupCommitOptions Default { get; } = new();

    /// <summary>Moves on SQLite share their commit with whatever other moves are queued (the bench turns it off to compare).</summary>
    public bool GroupCommit { get; init; } = true;

    /// <summary>At most this many moves per COMMIT, so the first of a long queue is not kept waiting for the last.</summary>
    public int GroupCommitMaxBatch { get; init; } = 64;

    /// <summary>
    /// At most this long a write that can wait (an outbox drain's lease and its record of what it delivered) waits for a
    /// move underway to join it, so the two share a batch instead of the drain paying for a COMMIT of its own.
    /// </summary>
    public TimeSpan GroupCommitRiderMaxWait { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// At most this long a batch waits, from its first move's arrival, for the other moves underway to queue, so that they
    /// share its COMMIT; it starts as soon as all of them have. Zero: a batch starts with whatever is queued. A lone move
    /// never waits: nothing else is underway.
    /// </summary>
    public TimeSpan GroupCommitGatherWait { get; init; } = TimeSpan.FromMilliseconds(1);
}
