using System.Data.Common;
using Microsoft.Data.Sqlite;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// A SQLite connection that stays open from one scope to the next (<see cref="SqliteConnectionKeeper"/>) and keeps the
/// statements it has compiled. Microsoft.Data.Sqlite keeps a statement prepared only as long as its command lives, EF Core
/// makes a new command for every query, and closing a connection finalizes all of its statements: compiling the same few
/// dozen statements again for every request was as much of the host's CPU as running them. Every command made through
/// <see cref="DbConnection.CreateCommand"/> here (all of EF Core's are) is a <see cref="KeptStatementCommand"/>, which
/// takes an already prepared statement for its SQL from <see cref="Statements"/> and gives it back when disposed.
/// </summary>
internal sealed class KeptSqliteConnection(string connectionString, Action statementMade)
    : SqliteConnection(connectionString), IKeptOpenConnection
{
    /// <summary>How many statements a connection keeps between uses: a request's and a move's fit many times over.</summary>
    public const int StatementsKept = 200;

    internal KeptStatements Statements { get; } = new(StatementsKept, statementMade);

    protected override DbCommand CreateDbCommand() => new KeptStatementCommand(this);

    /// <summary>Its statements go before it closes: the native connection goes back to Microsoft.Data.Sqlite's pool clean.</summary>
    public override void Close()
    {
        Statements.Forget();
        base.Close();
    }
}
