using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// Every statement of a full run, and of what staff look up every day, reads the tables that grow with the archive
/// (dossiers, tasks, timers, journal…) through an index: a statement that reads one whole costs nothing in a test and
/// seconds a year later. Checked with SQLite's own planner (<c>EXPLAIN QUERY PLAN</c>) on the statements as sent.
/// </summary>
public sealed partial class QueryPlanTests() : HostedTest(DatabaseProvider.Sqlite)
{
    /// <summary>
    /// Read whole on purpose: reference data, staff accounts and the archive's shelves (a few hundred rows at most), and
    /// what grows by a few a day or fewer: retrieval requests (a few dozen a day), originals lent (a few a month),
    /// remisiones (one per box sent to Condebamba) and legal holds (a few a year).
    /// </summary>
    private static readonly HashSet<string> FewRows =
    [
        "AspNetUsers", "advisors", "archive_locations", "number_sequences", "requirement_items", "requirement_sets", "retention_policies",
        "service_types", "transaction_types", "wf_definitions", "retrieval_requests", "original_loans", "transfer_manifests", "legal_holds",
    ];

    [Fact]
    public async Task No_statement_of_a_full_run_reads_a_growing_table_from_end_to_end()
    {
        var connectionString = await Factory.ConnectionStringAsync();
        List<string> sent;
        using (var seen = new CommandsSeen(connectionString))
        {
            await FullRunByStaff.DriveAsync(Archive, "SF-2027-000953");
            sent = seen.AsSent();
        }

        await AssertNoScansAsync(connectionString, sent, atLeast: 20);
    }

    [Fact]
    public async Task What_staff_look_up_every_day_is_found_through_an_index()
    {
        const string order = "SF-2027-000954";
        var instanceId = (await FullRunByStaff.DriveAsync(Archive, order)).Id;
        var connectionString = await Factory.ConnectionStringAsync();
        List<string> sent;
        using (var seen = new CommandsSeen(connectionString))
        {
            string[] lookUps =
            [
                "gestora /api/tasks", "ana.rojas /api/tasks", "monitora /api/tasks",
                $"gestora /api/dossiers?orderNumber={order}", "gestora /api/dossiers?name=quiroga", "ana.rojas /api/dossiers?customerDocument=4455667",
                "gestora /api/dossiers?status=Transferred&from=2027-01-01&to=2027-12-31", $"gestora /api/dossiers/{order}",
                $"gestora /api/instances/{instanceId}", $"gestora /api/instances/{instanceId}/path",
                "gestora /api/archive/boxes/A-01", "gestora /api/lookup?code=A-01", "gestora /api/manifests", "gestora /api/loans",
                "gestora /api/requests", "monitora /api/indicators?from=2027-01-01&to=2027-12-31",
                "gestora /api/archive/retention", "gestora /api/holds", "gestora /api/batches", "gestora /api/instances",
                "admin /api/outbox", "gestora /api/smartflex/reconciliation?from=2027-06-01&to=2027-06-30", "gestora /api/archive/locations",
            ];
            foreach (var (user, url) in lookUps.Select(l => (l[..l.IndexOf(' ')], l[(l.IndexOf(' ') + 1)..])))
            {
                var response = await Client.Http.GetAsync(url, user);
                Assert.True(response.IsSuccessStatusCode, $"{user} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            sent = seen.AsSent();
        }

        await AssertNoScansAsync(connectionString, sent, atLeast: 15);
    }

    private static async Task AssertNoScansAsync(string connectionString, List<string> sent, int atLeast)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // "WHERE 0" (an empty list of values) reads no row, whatever its plan says.
        var reads = sent.SelectMany(Statements).Where(IsRead).Where(s => !s.Contains("WHERE 0")).Distinct().ToList();
        var scans = new List<string>();
        foreach (var statement in reads)
            foreach (var table in await ScannedTablesAsync(connection, statement))
                if (!FewRows.Contains(table)) scans.Add($"{table}: {statement}");

        Assert.True(reads.Count >= atLeast, $"only {reads.Count} reads seen");
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
            // "SEARCH" seeks in an index. "SCAN t" reads the whole table; "SCAN t USING [COVERING] INDEX i" walks an index in
            // its order, which a page (LIMIT) stops early and anything else reads whole, but for a page's total: a list
            // that says how many there are counts them, from an index.
            var detail = reader.GetString(3);
            // A subquery's few rows (a "FROM (SELECT … LIMIT 2) AS r1") are not a table.
            if (Scan().Match(detail) is { Success: true } scan && !detail.Contains("VIRTUAL TABLE") && !detail.Contains("CONSTANT ROW")
                && !subqueries.Contains(scan.Groups[1].Value)
                && !(detail.Contains(" INDEX ") && (statement.Contains("LIMIT") || statement.StartsWith("SELECT COUNT(*)"))))
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
