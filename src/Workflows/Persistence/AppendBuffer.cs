using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// Rows a move only ever adds (journal, outbox, audit, a dossier's history), kept out of the change tracker and written
/// by the context's next SaveChanges, in its transaction, with one multi-row INSERT per table
/// (<see cref="AppendBufferFlush"/>). The tracker would cost a snapshot, a change detection and one INSERT per row for
/// rows nobody edits; here a row costs a list slot. Rows are written in the order they were added, so ids keep that order.
/// A move that fails drops what it added (<see cref="RollBackTo"/>); the rows of a SaveChanges that fails go with its transaction.
/// A context without the flush among its interceptors (a maintenance context, a bare test context) would never write
/// them: there a row goes into the change tracker as before.
/// </summary>
public sealed class AppendBuffer
{
    private static readonly ConditionalWeakTable<DbContext, AppendBuffer> Buffers = new();

    private readonly List<object> _rows = [];
    private readonly DbContext? _untracked;

    private AppendBuffer(DbContext db) =>
        _untracked = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(AppendBufferFlush.Instance) == true ? null : db;

    /// <summary>The transaction the flush began because the SaveChanges had none; it commits once the rows are written.</summary>
    internal IDbContextTransaction? Owned { get; set; }

    /// <summary>Whether the flush turned the context's automatic savepoints off while it owns the transaction.</summary>
    internal bool RestoreSavepoints { get; set; }

    /// <summary>
    /// While set (a move in SQLite's group commit, <see cref="Runtime.GroupCommitMove"/>), saves leave the rows here, and
    /// their new rows of types that may wait (<see cref="INewRowsWaitForBatch"/>) join them: the move hands them to its
    /// batch once its writes are in, and the batch writes every move's rows together before its COMMIT, one statement per
    /// table for the lot instead of one per table and move while the others wait for the turn.
    /// </summary>
    internal bool HeldForBatch { get; set; }

    /// <summary>
    /// How the next saves write tracked rows: row by row by EF Core, or table by table (<see cref="TrackedRowSets"/>),
    /// the added ones (set for each move) or all (set for a batch of moves).
    /// </summary>
    internal TrackedRowsWriting TrackedRows { get; set; }

    /// <summary>Whether rows wait here (false: the context has no flush, and its rows go into the change tracker).</summary>
    internal bool KeepsRows => _untracked is null;

    /// <summary>The context's buffer, made on first use.</summary>
    public static AppendBuffer For(DbContext db) => Buffers.GetValue(db, key => new AppendBuffer(key));

    /// <summary>The context's buffer if anything ever appended to it.</summary>
    internal static void Forget(DbContext db) => Buffers.Remove(db);

    internal static AppendBuffer? Existing(DbContext db) => Buffers.TryGetValue(db, out var buffer) ? buffer : null;

    /// <summary>Rows waiting for the next SaveChanges.</summary>
    public int Count => _rows.Count;

    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Adds a row of an entity type the context maps (its table is written with the others of the save).</summary>
    public void Add(object row)
    {
        if (_untracked is { } db) db.Add(row);
        else _rows.Add(row);
    }

    public void AddRange(IEnumerable<object> rows)
    {
        foreach (var row in rows) Add(row);
    }

    /// <summary>Whether a row of <typeparamref name="T"/> waits (the outbox announcer asks).</summary>
    public bool Holds<T>() where T : class
    {
        foreach (var row in _rows)
            if (row is T) return true;
        return false;
    }

    /// <summary>Whether <paramref name="row"/>, added at <paramref name="at"/>, still waits to be written (so it may still be changed).</summary>
    public bool Waits(object row, int at) => _untracked is null && at < _rows.Count && ReferenceEquals(_rows[at], row);

    /// <summary>The rows of <typeparamref name="T"/> waiting, in order.</summary>
    public IEnumerable<T> Pending<T>() where T : class => _rows.OfType<T>();

    /// <summary>Where the buffer stands now; <see cref="RollBackTo"/> drops what was added after.</summary>
    public int Mark() => _rows.Count;

    public void RollBackTo(int mark)
    {
        if (mark < _rows.Count) _rows.RemoveRange(mark, _rows.Count - mark);
    }

    public void Clear() => _rows.Clear();

    /// <summary>Hands the rows over for writing and empties the buffer.</summary>
    internal List<object> Take()
    {
        var rows = new List<object>(_rows);
        _rows.Clear();
        return rows;
    }
}

/// <summary>Which tracked rows a save writes table by table (<see cref="TrackedRowSets"/>); EF Core writes the rest row by row.</summary>
internal enum TrackedRowsWriting { None, Added, All }
