using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>
/// Remisión numbers REM-yyyy-nnnnn from a per-year counter row, taken with one UPDATE … RETURNING: on PostgreSQL the row
/// stays locked until the move commits, on SQLite the statement holds the single write lock, so two sweeps (or hosts)
/// never get the same number. A move that fails after taking one leaves a gap, as a database sequence does.
/// </summary>
public static class RemisionNumbers
{
    public static async Task<string> NextAsync(DbContext db, int year, CancellationToken cancellationToken)
    {
        var name = $"remision-{year}";
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = """
                INSERT INTO number_sequences ("Name", "LastValue") VALUES (@name, 0) ON CONFLICT ("Name") DO NOTHING;
                UPDATE number_sequences SET "LastValue" = "LastValue" + 1 WHERE "Name" = @name RETURNING "LastValue";
                """;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@name";
            parameter.Value = name;
            command.Parameters.Add(parameter);
            var next = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
            return $"REM-{year}-{next:00000}";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
