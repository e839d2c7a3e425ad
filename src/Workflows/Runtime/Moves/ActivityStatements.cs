using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Undoes the statements an activity sent itself (a box's fill taken with one UPDATE) when it then fails: the tracker
/// snapshot undoes what it changed in the unit of work, this what it already wrote. A transaction the activity began
/// (<see cref="MoveTransaction"/>) is rolled back whole, since nothing was written in it before; inside an older one a
/// savepoint is set just before the activity's first own statement, so activities that write nothing themselves cost none.
/// </summary>
internal sealed class ActivityStatements
{
    private const string Savepoint = "activity";
    private static readonly ConditionalWeakTable<DbContext, ActivityStatements> Running = new();

    private readonly DbContext _db;
    private readonly IDbContextTransaction? _before;
    private readonly ActivityStatements? _outer;
    private bool _savepoint;

    private ActivityStatements(DbContext db)
    {
        _db = db;
        _before = db.Database.CurrentTransaction;
        _outer = Running.TryGetValue(db, out var outer) ? outer : null;
    }

    /// <summary>For a pooled context passing to the next scope (<see cref="Persistence.IContextLeaseReset"/>).</summary>
    internal static void Forget(DbContext db) => Running.Remove(db);

    public static ActivityStatements Begin(DbContext db)
    {
        var statements = new ActivityStatements(db);
        Running.AddOrUpdate(db, statements);
        return statements;
    }

    /// <summary>Called by <see cref="MoveTransaction"/> when the running activity is about to write a statement of its own.</summary>
    public static async Task BeforeOwnStatementAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!Running.TryGetValue(db, out var running) || running._savepoint || running._before is not { SupportsSavepoints: true } transaction) return;
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        running._savepoint = true;
    }

    public async Task UndoAsync(CancellationToken cancellationToken)
    {
        if (_savepoint)
        {
            await _before!.RollbackToSavepointAsync(Savepoint, cancellationToken);
        }
        else if (_before is null && await GroupCommitMove.UndoSinceJoinAsync(_db, cancellationToken))
        {
            // The activity made the move join a group commit: what it wrote since is all under the move's savepoint.
        }
        else if (_before is null && _db.Database.CurrentTransaction is { } begun)
        {
            await begun.DisposeAsync();
            _db.Database.AutoSavepointsEnabled = true;
        }
    }

    public void End()
    {
        if (_outer is null) Running.Remove(_db);
        else Running.AddOrUpdate(_db, _outer);
    }
}
