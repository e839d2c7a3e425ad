using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// SQLite has one write lock per database. This process's writers (the group-commit writer's batches, the timer sweep's
/// batches, audit-chain links, overdue announcements, outbox drains when there is no group commit) take turns here, in
/// the order they asked, before they begin, and the next is woken the moment the last one ends. Left to SQLite's busy
/// handler they polled, each sleeping up to 100 ms between tries: a writer that woke late found the lock taken again,
/// so the moves' batches waited behind a stream of short drains (up to a third of a second at 16 clients). A writer in
/// another process still meets SQLite's busy timeout. Nothing on PostgreSQL, whose writers lock rows, not the store.
/// </summary>
public sealed class SqliteWriteTurns
{
    private readonly ConcurrentDictionary<string, Gate> _byDatabase = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for this process's turn to write to the context's SQLite database; disposing the result ends it. Null on
    /// other stores. Not re-entrant: a writer holding a turn must not wait for another.
    /// </summary>
    public async Task<IDisposable?> WaitAsync(DbContext db, CancellationToken cancellationToken) =>
        RowClaims.IsSqlite(db) ? await WaitAsync(StoreOf(db), cancellationToken) : null;

    /// <summary>The same for a SQLite store named by its connection string, as the host's contexts name it.</summary>
    public async Task<IDisposable> WaitAsync(string store, CancellationToken cancellationToken)
    {
        var gate = GateOf(store);
        Interlocked.Increment(ref gate.Waiting);
        try
        {
            await gate.Turns.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref gate.Waiting);
        }
        return new Turn(gate.Turns);
    }

    /// <summary>For tests: how many writers wait for a turn on the context's database.</summary>
    internal int WaitingFor(DbContext db) => Volatile.Read(ref GateOf(StoreOf(db)).Waiting);

    // Keyed as the contexts name their store: every context of a host shares one connection string.
    private Gate GateOf(string store) => _byDatabase.GetOrAdd(store, _ => new Gate());

    private static string StoreOf(DbContext db) => db.Database.GetConnectionString() ?? db.Database.GetDbConnection().DataSource;

    private sealed class Gate
    {
        public readonly SemaphoreSlim Turns = new(1, 1);
        public int Waiting;
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) turns.Release();
        }
    }
}
