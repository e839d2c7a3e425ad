using Microsoft.Data.Sqlite;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// A kept connection's prepared statements that no command is using, one per SQL text, the least recently used dropped
/// first past the limit. A text in use by an open reader is not here, so a query nested in another with the same text
/// gets a statement of its own. A connection is used by one flow at a time, so nothing here locks.
/// </summary>
internal sealed class KeptStatements(int limit, Action made)
{
    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _idle = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> _byLastUse = new();

    public int Count => _idle.Count;

    /// <summary>The kept statement for <paramref name="text"/>, or a new one (compiled as it first runs; <c>made</c> counts it).</summary>
    public SqliteCommand Take(SqliteConnection connection, string text)
    {
        if (_idle.Remove(text, out var node))
        {
            _byLastUse.Remove(node);
            return node.Value;
        }
        var statement = connection.CreateCommand();
        statement.CommandText = text;
        made();
        return statement;
    }

    public void GiveBack(SqliteCommand statement)
    {
        if (statement.Connection?.State != System.Data.ConnectionState.Open || _idle.ContainsKey(statement.CommandText))
        {
            statement.Dispose();
            return;
        }
        statement.Parameters.Clear();
        statement.Transaction = null;
        _idle[statement.CommandText] = _byLastUse.AddFirst(statement);
        if (_idle.Count <= limit) return;
        var oldest = _byLastUse.Last!;
        _byLastUse.RemoveLast();
        _idle.Remove(oldest.Value.CommandText);
        oldest.Value.Dispose();
    }

    /// <summary>Finalizes them all (the connection is closing).</summary>
    public void Forget()
    {
        foreach (var statement in _byLastUse) statement.Dispose();
        _byLastUse.Clear();
        _idle.Clear();
    }
}
