using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// On SQLite a move's appended rows go as one JSON parameter per table (<see cref="SqliteJsonRows"/>): each stored value
/// must be byte for byte, and type for type, what EF Core's own parameters store for the same row, for every text a
/// person may type (quotes, line breaks, accents, emoji, a NUL) and for null, ids, numbers and instants. (The audit
/// chain's rows go the same way; their hashes, verified after every full run, would break on any difference.)
/// </summary>
public sealed class SqliteJsonRowsTests() : HostedTest(DatabaseProvider.Sqlite)
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2027, 6, 1, 14, 35, 12, 345, TimeSpan.FromHours(-4)).AddTicks(6789);

    // Three times over: JSON carries a statement of 200 values or more (fewer go as parameters, which cost less there).
    private static readonly string?[] Texts = Enumerable.Repeat<string?[]>(
    [
        null, "", "Revisión «ñandú»", "O'Brien dijo \"sí\"", "C:\\archivo\\caja", "línea 1\nlínea 2\r\n\ttab", "separador\u2028párrafo",
        "firma ✍️ 📄", "fin\0oculto", "12345", "  espacios  ", "{\"json\": [1, 2]}",
    ], 3).SelectMany(texts => texts).ToArray();

    [Fact]
    public async Task Rows_sent_as_one_json_parameter_are_stored_exactly_as_ef_cores_parameters_store_them()
    {
        var tracked = Guid.NewGuid();
        var buffered = Guid.NewGuid();
        List<object> Rows(Guid instance, string mark) =>
        [
            .. Texts.Select((text, i) => (object)new JournalEntry
                { InstanceId = instance, ElementId = $"E{i}", ElementName = text, Action = JournalAction.Passed, At = At.AddTicks(i), Actor = text, Summary = mark }),
            .. Texts.Select((text, i) => (object)new OutboxMessage
                { Type = "t", PayloadJson = text ?? "{}", IdempotencyKey = $"{mark}:{i}", CreatedAt = At, NextAttemptAt = i % 2 == 0 ? At : null, Attempts = i, LastError = text }),
        ];

        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            db.AddRange(Rows(tracked, "tracked"));
            return await db.SaveChangesAsync();
        });
        var connection = await Factory.ConnectionStringAsync();
        using (var seen = new CommandsSeen(connection))
        {
            await Factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<ArchiveDbContext>();
                AppendBuffer.For(db).AddRange(Rows(buffered, "buffered"));
                return await db.SaveChangesAsync();
            });
            // Both tables went as JSON (a row with a NUL or an emoji sends the rest of its statement as parameters).
            Assert.Contains(seen.InOrder(), c => c.Sql.StartsWith("INSERT INTO wf_journal") && c.Sql.Contains("json_each"));
            Assert.Contains(seen.InOrder(), c => c.Sql.StartsWith("INSERT INTO wf_outbox") && c.Sql.Contains("json_each"));
        }

        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            Assert.Equal(await StoredAsync(db, "wf_journal", "InstanceId", tracked, "Id", "Id", "InstanceId", "Summary"),
                await StoredAsync(db, "wf_journal", "InstanceId", buffered, "Id", "Id", "InstanceId", "Summary"));
            Assert.Equal(await StoredAsync(db, "wf_outbox", "substr(IdempotencyKey, 1, 8)", "tracked:", "Attempts", "Id", "IdempotencyKey"),
                await StoredAsync(db, "wf_outbox", "substr(IdempotencyKey, 1, 8)", "buffered", "Attempts", "Id", "IdempotencyKey"));
            return 0;
        });
    }

    /// <summary>Every column of the rows but the <paramref name="skip"/>ped (keys, what tells the two sets apart), as SQLite holds it: its storage type and its exact value (quote()), in the order written.</summary>
    private static async Task<List<string>> StoredAsync(DbContext db, string table, string match, object value, string order, params string[] skip)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var columns = connection.CreateCommand();
        columns.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var names = new List<string>();
        await using (var reader = await columns.ExecuteReaderAsync())
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        var shown = names.Where(n => !skip.Contains(n)).Select(n => $"'{n}=' || typeof(\"{n}\") || ':' || quote(\"{n}\")");
        await using var rows = connection.CreateCommand();
        rows.CommandText = $"SELECT {string.Join(" || ' | ' || ", shown)} FROM \"{table}\" WHERE {match} = @v ORDER BY \"{order}\"";
        var parameter = rows.CreateParameter();
        parameter.ParameterName = "@v";
        parameter.Value = value is Guid id ? id.ToString().ToUpperInvariant() : value;
        rows.Parameters.Add(parameter);
        var stored = new List<string>();
        await using (var reader = await rows.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        Assert.Equal(Texts.Length, stored.Count);
        return stored;
    }
}
