using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// Appends to the audit chain take turns across every host (on PostgreSQL an advisory lock held to the commit), so a
/// save links its entries as its last step: the lock must not be held while the rest of the save is built and sent.
/// </summary>
public abstract class AuditLockLastTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_move_takes_the_audit_chain_s_turn_after_writing_everything_else_of_its_save()
    {
        const string order = "SF-2027-000971";
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", order);
        var review = await Archive.ReviewAsync(order);
        var connection = await Factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ArchiveDbContext>().Database.GetConnectionString()));

        List<(DbContext Context, string Sql)> commands;
        using (var seen = new CommandsSeen(connection!))
        {
            await Client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", review);
            commands = seen.InOrder();
        }

        // The save that wrote the audit entries (the review changes the dossier): its context's commands up to that INSERT.
        var auditInsert = commands.FindLastIndex(c => c.Sql.StartsWith("INSERT INTO audit_entries"));
        Assert.True(auditInsert >= 0, "the review wrote no audit entry");
        var save = commands.Take(auditInsert + 1).Where(c => ReferenceEquals(c.Context, commands[auditInsert].Context)).Select(c => c.Sql).ToList();
        var lastOtherWrite = save.FindLastIndex(sql => IsWrite(sql) && !sql.StartsWith("INSERT INTO audit_entries"));
        var chainHead = save.FindLastIndex(sql => sql.Contains("FROM audit_entries") && sql.Contains("Sequence DESC"));
        Assert.True(lastOtherWrite >= 0, "the review wrote nothing but audit entries");
        Assert.True(chainHead > lastOtherWrite, $"the chain's head was read before the save's other rows were written:\n{string.Join("\n", save)}");
        if (Provider == DatabaseProvider.Postgres)
        {
            var turn = save.FindLastIndex(sql => sql.Contains("pg_advisory_xact_lock"));
            Assert.True(turn > lastOtherWrite, $"the chain's lock was taken before the save's other rows were written:\n{string.Join("\n", save)}");
        }
    }

    private static bool IsWrite(string sql) => sql.StartsWith("INSERT") || sql.StartsWith("UPDATE") || sql.StartsWith("DELETE");

    /// <summary>EF Core's commands on one database, in the order they were sent, from any context of the host.</summary>
    private sealed class CommandsSeen : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _connection;
        private readonly ConcurrentQueue<(DbContext, string)> _seen = new();
        private readonly List<IDisposable> _subscriptions = [];

        public CommandsSeen(string connection)
        {
            _connection = connection;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public List<(DbContext Context, string Sql)> InOrder() => _seen.ToList();

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandEventData { Context: { } context } data && value.Key == RelationalEventId.CommandExecuting.Name
                && context.Database.GetConnectionString() == _connection)
                // Without quotes: SQLite's statements quote every name, PostgreSQL's only those that need it.
                _seen.Enqueue((context, data.Command.CommandText.Replace("\"", "").TrimStart()));
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
        }
    }
}

public sealed class SqliteAuditLockLastTests() : AuditLockLastTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresAuditLockLastTests() : AuditLockLastTests(DatabaseProvider.Postgres);
