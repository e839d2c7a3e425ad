using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// The lean write path: rows only ever added (journal, outbox, a dossier's history) wait in the append buffer and are
/// written by the next SaveChanges with one multi-row INSERT per table, in its transaction. They must read back exactly as
/// rows EF Core writes through the change tracker, and a save or a move that fails must leave none of them behind.
/// </summary>
public abstract class AppendBufferTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2027, 6, 1, 14, 35, 12, 345, TimeSpan.Zero).AddTicks(6780);

    [Fact]
    public async Task Rows_written_by_one_multi_row_insert_read_back_as_the_tracker_writes_them()
    {
        var instance = Guid.NewGuid();
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale("SF-2027-000961"));
        await Archive.RegisterBatchAsync("arojas", "SF-2027-000961");
        var dossier = await Factory.InScopeAsync(sp =>
            sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().Where(d => d.OrderNumber == "SF-2027-000961").Select(d => d.Id).SingleAsync());
        // The same rows twice: through the tracker (as before) and through the buffer; nulls, accents, an enum, sub-millisecond instants.
        JournalEntry Journal(string summary) => new()
            { InstanceId = instance, ElementId = "Task_Review", ElementName = "Revisión «ñandú»", Action = JournalAction.TaskCompleted, At = At, Actor = null, Summary = summary };
        OutboxMessage Outbox(string key) => new()
            { Type = OutboxMessageTypes.TaskCreated, PayloadJson = """{"a":"ü"}""", IdempotencyKey = key, CreatedAt = At, NextAttemptAt = At.AddSeconds(1) };
        DossierEvent Event(string detail) => new() { DossierId = dossier, At = At, Actor = "gestora", Action = "Revisión", Detail = detail };

        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            db.AddRange(Journal("tracked"), Outbox("tracked"), Event("tracked"));
            return await db.SaveChangesAsync();
        });
        var statements = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var counter = sp.GetRequiredService<WorkflowArchive.Workflows.Diagnostics.StatementCounter>();
            var buffer = AppendBuffer.For(db);
            buffer.AddRange([Journal("buffered 1"), Journal("buffered 2"), Journal("buffered 3"), Outbox("buffered 1"), Outbox("buffered 2"), Event("buffered")]);
            var before = counter.CountFor(db);
            await db.SaveChangesAsync();
            Assert.True(buffer.IsEmpty);
            return counter.CountFor(db) - before;
        });

        // One INSERT per table, nothing else: nothing was tracked.
        Assert.Equal(3, statements);
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var journal = await db.Set<JournalEntry>().AsNoTracking().Where(j => j.InstanceId == instance).OrderBy(j => j.Id).ToListAsync();
            Assert.Equal(["tracked", "buffered 1", "buffered 2", "buffered 3"], journal.Select(j => j.Summary));
            Assert.All(journal.Skip(1), j => Assert.Equal(Shape(journal[0]), Shape(j)));
            var outbox = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey == "tracked" || m.IdempotencyKey.StartsWith("buffered")).OrderBy(m => m.IdempotencyKey).ToListAsync();
            Assert.Equal(3, outbox.Count);
            Assert.All(outbox, m => Assert.Equal((m.Type, m.PayloadJson, m.CreatedAt, m.NextAttemptAt, m.Attempts, m.ProcessedAt, m.ParkedAt),
                (OutboxMessageTypes.TaskCreated, """{"a":"ü"}""", At, At.AddSeconds(1), 0, (DateTimeOffset?)null, (DateTimeOffset?)null)));
            var events = await db.Set<DossierEvent>().AsNoTracking().Where(e => e.DossierId == dossier && e.Action == "Revisión").OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(["tracked", "buffered"], events.Select(e => e.Detail));
            Assert.Equal((events[0].At, events[0].Actor), (events[1].At, events[1].Actor));
            return 0;
        });
    }

    [Fact]
    public async Task A_save_that_fails_writes_none_of_its_rows_and_a_failing_append_undoes_the_save()
    {
        var instance = Guid.NewGuid();
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            AppendBuffer.For(db).Add(new OutboxMessage { Type = "t", PayloadJson = "{}", IdempotencyKey = "taken", CreatedAt = At });
            return await db.SaveChangesAsync();
        });

        // The tracked change fails (a duplicate key): the buffered rows never reach the store, and the buffer is emptied.
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var existing = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == "taken");
            db.Add(new OutboxMessage { Id = existing.Id, Type = "t", PayloadJson = "{}", IdempotencyKey = "again", CreatedAt = At });
            AppendBuffer.For(db).Add(new JournalEntry { InstanceId = instance, ElementId = "E", Action = JournalAction.Entered, At = At });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(AppendBuffer.For(db).IsEmpty);
            return 0;
        });
        // The buffered rows fail (the outbox key is taken) after the tracked change went through: the save rolls back whole.
        var version = Guid.NewGuid();
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            db.Add(new WorkflowArchive.Workflows.Definitions.WorkflowDefinition { Id = version, Key = "append-test", Xml = "<x/>", ContentHash = "h", CreatedBy = "test" });
            AppendBuffer.For(db).Add(new JournalEntry { InstanceId = instance, ElementId = "E", Action = JournalAction.Entered, At = At });
            AppendBuffer.For(db).Add(new OutboxMessage { Type = "t", PayloadJson = "{}", IdempotencyKey = "taken", CreatedAt = At });
            await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
            Assert.Null(db.Database.CurrentTransaction);
            return 0;
        });

        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            Assert.False(await db.Set<JournalEntry>().AnyAsync(j => j.InstanceId == instance));
            Assert.False(await db.Set<WorkflowArchive.Workflows.Definitions.WorkflowDefinition>().AnyAsync(d => d.Id == version));
            Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.IdempotencyKey == "taken" || m.IdempotencyKey == "again"));
            return 0;
        });
    }

    [Fact]
    public async Task A_move_that_loses_the_race_for_its_task_writes_none_of_its_journal_nor_outbox_rows()
    {
        const string order = "SF-2027-000962";
        // The loser read the task and its instance before the winner completed it: its whole move runs (the review's
        // activity included) and its save then meets a newer revision.
        var (task, review, loser) = await ReviewReadAheadAsync(order);
        await using var _ = loser;
        var loserDb = loser.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await Factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, review.DeepClone().AsObject(), "gestora"));
        await Assert.ThrowsAsync<WorkflowConflictException>(() =>
            loser.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, review.DeepClone().AsObject(), "gestora"));
        Assert.True(AppendBuffer.For(loserDb).IsEmpty);

        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            Assert.Equal(1, await db.Set<JournalEntry>().CountAsync(j => j.InstanceId == task.InstanceId && j.Action == JournalAction.TaskCompleted && j.ElementId == "Task_ReviewChecklist"));
            Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.IdempotencyKey == $"task-completed:{task.Id}"));
            return 0;
        });
    }

    [Fact]
    public async Task A_move_whose_instance_changed_after_it_was_read_writes_nothing_from_that_read()
    {
        const string order = "SF-2027-000963";
        // The move read its task and instance; then another host moved the instance on. No row of the review collides with
        // anything that host wrote, so only the instance's optimistic check can stop the save: on PostgreSQL its UPDATE
        // travels in one command with the save's INSERTs, without a transaction, and fails in the server.
        var (task, review, late) = await ReviewReadAheadAsync(order);
        await using var _ = late;
        await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowInstance>()
            .Where(i => i.Id == task.InstanceId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Revision, Guid.NewGuid())));
        var completing = late.ServiceProvider.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(task.Id, review.DeepClone().AsObject(), "gestora");

        // PostgreSQL: a 409 and nothing written. SQLite: the group commit's batch finds the check lost before its COMMIT and
        // runs the move again from what the store holds now, where the task is still open: the review counts once.
        var completed = Provider == DatabaseProvider.Sqlite;
        if (completed) await completing;
        else await Assert.ThrowsAsync<WorkflowConflictException>(() => completing);
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var status = (await db.Set<UserTask>().AsNoTracking().SingleAsync(t => t.Id == task.Id)).Status;
            Assert.Equal(completed ? UserTaskStatus.Completed : UserTaskStatus.Open, status);
            Assert.Equal(completed ? 1 : 0, await db.Set<JournalEntry>().CountAsync(j => j.InstanceId == task.InstanceId && j.Action == JournalAction.TaskCompleted));
            Assert.Equal(completed ? 1 : 0, await db.Set<OutboxMessage>().CountAsync(m => m.IdempotencyKey == $"task-completed:{task.Id}"));
            Assert.Equal(completed ? 2 : 1, await db.Set<UserTask>().CountAsync(t => t.InstanceId == task.InstanceId));
            Assert.Equal(completed, (await db.Set<Dossier>().AsNoTracking().SingleAsync(d => d.OrderNumber == order)).FirstReviewedAt is not null);
            return 0;
        });
    }

    /// <summary>
    /// An order's open review task and its answers, and a scope whose context has already read the task and its instance,
    /// as a move does first: a move run from that scope saves over what it read then.
    /// </summary>
    private async Task<(UserTask Task, JsonObject Review, AsyncServiceScope Scope)> ReviewReadAheadAsync(string order)
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", order);
        var task = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<UserTask>().AsNoTracking()
            .SingleAsync(t => t.BusinessKey == order && t.ElementId == "Task_ReviewChecklist" && t.Status == UserTaskStatus.Open));
        var review = await Archive.ReviewAsync(order);
        var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await db.Set<UserTask>().FindAsync(task.Id);
        await db.Set<WorkflowInstance>().FindAsync(task.InstanceId);
        return (task, review, scope);
    }

    private static object Shape(JournalEntry j) => new { j.InstanceId, j.ElementId, j.ElementName, j.Action, j.At, j.Actor };
}

public sealed class SqliteAppendBufferTests() : AppendBufferTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresAppendBufferTests() : AppendBufferTests(DatabaseProvider.Postgres);
