using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

    /// <summary>
    /// Each model's provider: EF Core works out <c>ProviderName</c> afresh on each call (a search of the providers, then
    /// the provider assembly's name), and a move asks a dozen times. A model belongs to one provider.
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, string?> Providers = new();

    /// <summary>Whether the context's store takes row locks (PostgreSQL), for code that needs one outside the engine.</summary>
    public static bool CanLockRows(DbContext db) => ProviderOf(db) == Npgsql;

    /// <summary>Whether the context's store is SQLite (one writer, its own SQL dialect), for code outside the engine too.</summary>
    public static bool IsSqlite(DbContext db) => ProviderOf(db) == Sqlite;

    private static string? ProviderOf(DbContext db)
    {
        var model = db.Model;
        if (Providers.TryGetValue(model, out var provider)) return provider;
        provider = db.Database.ProviderName;
        Providers.AddOrUpdate(model, provider);
        return provider;
    }

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
        if (LocksRows) return await LeaseAsync(now, batchSize, owner, leaseUntil, lockRows: true, cancellationToken);

        // Most drains find nothing: ask before taking the write lock.
        if (!await Deliverable(now).AnyAsync(cancellationToken)) return [];
        // The lease's transaction holds SQLite's one write lock (BEGIN IMMEDIATE), so nobody takes the messages between the
        // UPDATE's choice of them and its writing them. In a drain that goes through the group-commit writer, that
        // transaction is the writer's batch.
        await GroupCommitMove.JoinAsync(db, cancellationToken);
        using var turn = db.Database.CurrentTransaction is null ? await writeTurns.WaitAsync(db, cancellationToken) : null;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var leased = await LeaseAsync(now, batchSize, owner, leaseUntil, lockRows: false, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return leased;
    }

    /// <summary>
    /// One UPDATE takes the batch and returns it, tracked as leased: on SQLite a read and then an update under the writer's
    /// lock cost a statement more, and the read's query and the update's (a list of ids) more work for EF Core each time.
    /// Values go as the columns store them (on SQLite an instant is its ticks).
    /// </summary>
    private async Task<List<OutboxMessage>> LeaseAsync(DateTimeOffset now, int batchSize, string owner, DateTimeOffset leaseUntil,
        bool lockRows, CancellationToken cancellationToken)
    {
        var leased = await db.Set<OutboxMessage>().FromSqlRaw(lockRows ? LeaseLockingRows : Lease,
            owner, Stored(leaseUntil), Stored(now), batchSize).ToListAsync(cancellationToken);
        return leased.OrderBy(m => m.CreatedAt).ToList();
    }

    private static string LeaseSql(string lockClause) => $$"""
        UPDATE wf_outbox SET "ClaimedBy" = {0}, "ClaimedUntil" = {1}
        WHERE "Id" IN (
            SELECT "Id" FROM wf_outbox
            WHERE "ProcessedAt" IS NULL AND "ParkedAt" IS NULL AND "NextAttemptAt" <= {2}
              AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {2})
            ORDER BY "CreatedAt"
            LIMIT {3}
            {{lockClause}})
        RETURNING *
        """;

    /// <summary>PostgreSQL skips the rows another host is leasing; SQLite's write lock keeps everyone else out already.</summary>
    private static readonly string LeaseLockingRows = LeaseSql("FOR UPDATE SKIP LOCKED"), Lease = LeaseSql("");

    /// <summary>An instant as the outbox's columns store it: through the model's converter, when it has one.</summary>
    private object Stored(DateTimeOffset instant) =>
        db.Model.FindEntityType(typeof(OutboxMessage))?.FindProperty(nameof(OutboxMessage.NextAttemptAt))?.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(instant)!
            : instant;

    private IQueryable<OutboxMessage> Deliverable(DateTimeOffset now) => db.Set<OutboxMessage>()
        .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now));
}
