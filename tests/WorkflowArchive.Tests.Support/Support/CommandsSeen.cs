using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// EF Core's commands on one database (by connection string), in the order they were sent, from any context of the host;
/// names unquoted, so SQLite's and PostgreSQL's read alike (<see cref="AsSent"/> keeps them as the store received them).
/// </summary>
public sealed class CommandsSeen : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connection;
    private readonly ConcurrentQueue<(DbContext Context, string Sql)> _seen = new();
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly ConcurrentQueue<string> _withoutTransaction = new();
    private int _savepoints;
    private readonly List<IDisposable> _subscriptions = [];

    public CommandsSeen(string connection)
    {
        _connection = connection;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public List<(DbContext Context, string Sql)> InOrder() => _seen.ToList();

    /// <summary>The commands' text exactly as sent, in order.</summary>
    public List<string> AsSent() => _sent.ToList();

    /// <summary>The commands (as <see cref="InOrder"/> names them) sent outside any transaction: each its own, implicit one.</summary>
    public List<string> WithoutTransaction() => _withoutTransaction.ToList();

    /// <summary>Savepoints EF Core created (SQLite's provider sends them past the command events).</summary>
    public int Savepoints => Volatile.Read(ref _savepoints);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandEventData { Context: { } context } data && value.Key == RelationalEventId.CommandExecuting.Name
            && context.Database.GetConnectionString() == _connection)
        {
            // Without quotes: SQLite's statements quote every name, PostgreSQL's only those that need it.
            var sql = data.Command.CommandText.Replace("\"", "").TrimStart();
            _seen.Enqueue((context, sql));
            _sent.Enqueue(data.Command.CommandText);
            if (data.Command.Transaction is null) _withoutTransaction.Enqueue(sql);
        }
        else if (value.Key == RelationalEventId.CreatingTransactionSavepoint.Name && value.Value is TransactionEventData { Context: { } saving }
                 && saving.Database.GetConnectionString() == _connection)
            Interlocked.Increment(ref _savepoints);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
