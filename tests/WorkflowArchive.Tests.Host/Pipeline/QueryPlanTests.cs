using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// Every statement a full run sends reads the tables that grow with the archive (dossiers, tasks, timers, journal…)
/// through an index: a statement that scans one costs nothing in a test and seconds a year later. Checked with SQLite's
/// own planner (<c>EXPLAIN QUERY PLAN</c>) on the statements exactly as sent.
/// </summary>
public sealed partial class QueryPlanTests() : HostedTest(DatabaseProvider.Sqlite)
{
    /// <summary>Reference data, staff accounts and the archive's shelves: a few hundred rows at most, read whole on purpose.</summary>
    private static readonly HashSet<string> FewRows =
    [
        "AspNetUsers", "advisors", "archive_locations", "number_sequences", "requirement_items", "requirement_sets", "retention_policies",
        "service_types", "transaction_types", "wf_definitions",
    ];

    [Fact]
    public async Task No_statement_of_a_full_run_reads_a_growing_table_from_end_to_end()
    {
        var connectionString = await Factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ArchiveDbContext>().Database.GetConnectionString()!));
        List<string> sent;
        using (var seen = new CommandsSeen(connectionString))
        {
            await FullRunByStaff.DriveAsync(Archive, "SF-2027-000953");
            sent = seen.AsSent();
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var reads = sent.SelectMany(Statements).Where(IsRead).Distinct().ToList();
        var scans = new List<string>();
        foreach (var statement in reads)
            foreach (var table in await ScannedTablesAsync(connection, statement))
                if (!FewRows.Contains(table)) scans.Add($"{table}: {statement}");

        Assert.True(reads.Count > 20, $"only {reads.Count} reads seen");
        Assert.True(scans.Count == 0, string.Join("\n", scans));
    }

    /// <summary>The growing tables a statement reads from end to end, by SQLite's plan for it.</summary>
    private static async Task<List<string>> ScannedTablesAsync(SqliteConnection connection, string statement)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        // The plan does not depend on the values: each parameter is bound to NULL.
        foreach (var name in ParameterName().Matches(statement).Select(m => m.Value).Distinct())
            command.Parameters.AddWithValue(name, DBNull.Value);
        var aliases = new Dictionary<string, string>();
        foreach (Match alias in Alias().Matches(statement)) aliases.TryAdd(alias.Groups["alias"].Value, alias.Groups["table"].Value);
        var subqueries = Subquery().Matches(statement).Select(m => m.Groups["alias"].Value).ToHashSet();
        var scanned = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // "SCAN t" reads the whole table; "SCAN t USING INDEX …" walks an index in order, "SEARCH" seeks one.
            var detail = reader.GetString(3);
            // A subquery's few rows (a "FROM (SELECT … LIMIT 2) AS r1") are not a table.
            if (Scan().Match(detail) is { Success: true } scan && !detail.Contains("USING") && !detail.Contains("VIRTUAL TABLE") && !detail.Contains("CONSTANT ROW")
                && !subqueries.Contains(scan.Groups[1].Value))
                scanned.Add(aliases.GetValueOrDefault(scan.Groups[1].Value, scan.Groups[1].Value));
        }
        return scanned;
    }

    private static IEnumerable<string> Statements(string command) =>
        command.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool IsRead(string statement) =>
        statement.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || statement.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
        || statement.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || statement.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[@$:][A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"(?:FROM|JOIN|UPDATE)\s+""?(?<table>[A-Za-z_]+)""?\s+AS\s+""?(?<alias>[a-z][a-z0-9_]*)""?")]
    private static partial Regex Alias();

    [GeneratedRegex(@"\)\s+AS\s+""?(?<alias>[a-z][a-z0-9_]*)""?")]
    private static partial Regex Subquery();

    [GeneratedRegex(@"^SCAN (\S+)")]
    private static partial Regex Scan();
}
