using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>How many parameters one multi-row statement (<see cref="AppendTable"/>, <see cref="UpdateSet"/>) may carry.</summary>
internal static class ParametersPerStatement
{
    /// <summary>PostgreSQL: well under its limit (65,535).</summary>
    private const int Postgres = 8_000;

    /// <summary>
    /// SQLite finds each parameter by name with a linear search of the statement's names, so binding costs grow with the
    /// square of their number: a batch of timers (thousands of journal values) spent most of its time there in one
    /// statement, and almost none in statements of this size.
    /// </summary>
    private const int Sqlite = 200;

    public static int For(DbContext db) => RowClaims.CanLockRows(db) ? Postgres : Sqlite;
}
