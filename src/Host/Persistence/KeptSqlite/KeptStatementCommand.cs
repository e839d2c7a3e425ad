using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// A command on a <see cref="KeptSqliteConnection"/>: as its SQL text is set it takes that text's prepared statement from the
/// connection's <see cref="KeptStatements"/> (a <see cref="SqliteCommand"/> that is never disposed between uses), runs
/// through it, and gives it back when disposed. To its callers it is any other command: parameters, transaction and
/// timeout are the statement's own at the moment it runs.
/// </summary>
internal sealed class KeptStatementCommand(KeptSqliteConnection connection) : DbCommand
{
    private SqliteCommand? _statement;
    private string _text = string.Empty;
    private DbDataReader? _reader;

    [AllowNull]
    public override string CommandText
    {
        get => _text;
        set
        {
            value ??= string.Empty;
            if (_statement is not null && value == _text) return;
            var previous = _statement;
            _text = value;
            _statement = connection.Statements.Take(connection, value);
            if (previous is null) return;
            // Parameters added before the text (EF Core adds them after) move with it.
            var parameters = previous.Parameters.Cast<SqliteParameter>().ToArray();
            previous.Parameters.Clear();
            _statement.Parameters.AddRange(parameters);
            connection.Statements.GiveBack(previous);
        }
    }

    public override int CommandTimeout { get; set; } = connection.DefaultTimeout;

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text) throw new ArgumentException("SQLite runs SQL text only.", nameof(value));
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (value != connection) throw new InvalidOperationException("A kept statement stays on the connection that prepared it.");
        }
    }

    protected override DbTransaction? DbTransaction { get; set; }

    protected override DbParameterCollection DbParameterCollection => Statement.Parameters;

    private SqliteCommand Statement => _statement ??= connection.Statements.Take(connection, _text);

    public override void Cancel()
    {
        // Like SqliteCommand: a running SQLite statement cannot be cancelled from another thread.
    }

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();

    public override object? ExecuteScalar() => Ready().ExecuteScalar();

    public override void Prepare() => Ready().Prepare();

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _reader = Ready().ExecuteReader(behavior);

    /// <summary>The statement, told this command's transaction and timeout.</summary>
    private SqliteCommand Ready()
    {
        var statement = Statement;
        statement.Transaction = (SqliteTransaction?)DbTransaction;
        statement.CommandTimeout = CommandTimeout;
        return statement;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _statement is { } statement)
        {
            _statement = null;
            // A reader left open would keep the statement busy (and a read transaction open) for its next user.
            if (_reader is { IsClosed: false }) _reader.Dispose();
            _reader = null;
            connection.Statements.GiveBack(statement);
        }
        base.Dispose(disposing);
    }
}
