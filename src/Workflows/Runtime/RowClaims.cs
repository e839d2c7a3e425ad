using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// How a worker takes rows that other hosts may want at the same moment: the only provider-specific SQL of the engine.
/// PostgreSQL locks the rows it takes and skips those another host holds (FOR UPDATE SKIP LOCKED), so hosts never
/// wait for each other nor take the same row. SQLite has a single writer and one host: plain queries do, guarded by
/// the instance revision (timers) and, for the outbox, a lease taken under the write lock.
/// </summary>
public sealed class RowClaims(DbContext db, SqliteWriteTurns writeTurns)
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly CompiledPerModel<Func<DbContext, DateTimeOffset, Guid[], int, IAsyncEnumerable<WorkflowTimer>>> DueOnSqlite = new(() =>
        EF.CompileAsyncQuery((DbContext db, DateTimeOffset now, Guid[] skip, int limit) => db.Set<WorkflowTimer>().AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now && !skip.Contains(t.Id))
            .OrderBy(t => t.DueAt).Take(limit)));

    public bool LocksRows => CanLockRows(db);

    /// <summary>Whether the context's store takes row locks (PostgreSQL), for code that needs one outside the engine.</summary>
    public static bool CanLockRows(DbContext db) => db.Database.ProviderName == Npgsql;

    /// <summary>Whether the context's store is SQLite (one writer, its own SQL dialect), for code outside the engine too.</summary>
    public static bool IsSqlite(DbContext db) => db.Database.ProviderName == Sqlite;

    /// <summary>
    /// The next due pending timer, locked until the caller's transaction ends (PostgreSQL), or null when none is left.
    /// <paramref name="skip"/> are timers this sweep already gave up on (conflict or failure).
    /// </summary>
    public async Task<WorkflowTimer?> NextDueTimerAsync(DateTimeOffset now, IReadOnlyCollection<Guid> skip, CancellationToken cancellationToken) =>
        (await DueTimersAsync(now, 1, skip, cancellationToken)).SingleOrDefault();

    /// <summary>
    /// Up to <paramref name="limit"/> due pending timers, oldest due first, untracked. PostgreSQL locks them until the
    /// caller's transaction ends and skips those another lane or host holds; on SQLite the caller's transaction holds the
    /// one write lock, so nobody else fires them meanwhile.
    /// </summary>
    public async Task<List<WorkflowTimer>> DueTimersAsync(DateTimeOffset now, int limit, IReadOnlyCollection<Guid> skip, CancellationToken cancellationToken)
    {
        if (!LocksRows)
            return await DueOnSqlite.For(db)(db, now, [.. skip], limit).ToListAsync(cancellationToken);

        var skipped = skip.ToArray();
        var pending = nameof(TimerStatus.Pending);
        return await db.Set<WorkflowTimer>().FromSql($"""
            SELECT * FROM wf_timers
            WHERE "Status" = {pending} AND "DueAt" <= {now} AND NOT ("Id" = ANY({skipped}))
            ORDER BY "DueAt"
            LIMIT {limit}
            FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> deliverable outbox messages to <paramref name="owner"/> until
    /// <paramref name="leaseUntil"/>: no other host takes them meanwhile; if this host dies, they are taken again after it.
    /// </summary>
    public async Task<List<OutboxMessage>> LeaseOutboxAsync(DateTimeOffset now, int batchSize, string owner, DateTimeOffset leaseUntil,
        CancellationToken cancellationToken)
    {
        if (LocksRows)
        {
            var leased = await db.Set<OutboxMessage>().FromSql($"""
                UPDATE wf_outbox SET "ClaimedBy" = {owner}, "ClaimedUntil" = {leaseUntil}
                WHERE "Id" IN (
                    SELECT "Id" FROM wf_outbox
                    WHERE "ProcessedAt" IS NULL AND "ParkedAt" IS NULL AND "NextAttemptAt" <= {now}
                      AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {now})
                    ORDER BY "CreatedAt"
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).ToListAsync(cancellationToken);
            return leased.OrderBy(m => m.CreatedAt).ToList();
        }

        // Most drains find nothing: ask before taking the write lock.
        if (!await Deliverable(now).AnyAsync(cancellationToken)) return [];
        // The lease's transaction holds SQLite's one write lock (BEGIN IMMEDIATE) from the read on, so nobody takes the
        // messages read here before the one UPDATE that leases them all. In a drain that goes through the group-commit
        // writer, that transaction is the writer's batch.
        await GroupCommitMove.JoinAsync(db, cancellationToken);
        using var turn = db.Database.CurrentTransaction is null ? await writeTurns.WaitAsync(db, cancellationToken) : null;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var messages = await Deliverable(now).AsNoTracking().OrderBy(m => m.CreatedAt).Take(batchSize).ToListAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        await db.Set<OutboxMessage>().Where(m => EF.Parameter(ids).Contains(m.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, owner).SetProperty(m => m.ClaimedUntil, leaseUntil), cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        foreach (var message in messages) (message.ClaimedBy, message.ClaimedUntil) = (owner, leaseUntil);
        db.AttachRange(messages);
        return messages;
    }

    private IQueryable<OutboxMessage> Deliverable(DateTimeOffset now) => db.Set<OutboxMessage>()
        .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now));
}
