using Npgsql;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// What the host adds to a PostgreSQL connection string that does not say otherwise: statements the host sends again
/// and again (a search's page and count, a task's lookups) are prepared on each pooled connection after a few uses, so
/// the server stops parsing and planning them on every request; at a million dossiers that is a quarter of a name
/// search's time (docs/benchmarks.md).
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    // One reference, swapped whole: hosts in one test process on different databases never see half of another's pair.
    private static Completion? _last;

    public static string Apply(string connectionString)
    {
        // The tests move a booted host to a fresh database, so the string is read per context; parse it only when it changes.
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Given, connectionString)) return last.Completed;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!SaysAutoPrepare(connectionString)) builder.MaxAutoPrepare = MaxAutoPrepare;
        var completed = builder.ConnectionString;
        Volatile.Write(ref _last, new Completion(connectionString, completed));
        return completed;
    }

    /// <summary>Whether the operator wrote the setting, in either of Npgsql's spellings (0 included: it turns it off).</summary>
    private static bool SaysAutoPrepare(string connectionString) =>
        connectionString.Replace(" ", "").Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase);

    private sealed record Completion(string Given, string Completed);
}
