using Npgsql;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// What the host adds to the connection string of its contexts' PostgreSQL connections, where it does not say otherwise:
/// <list type="bullet">
/// <item>Statements sent again and again (a search's page and count, a task's lookups) are prepared on each pooled
/// connection after a few uses, so the server stops parsing and planning them on every request; at a million dossiers
/// that is a quarter of a name search's time (docs/benchmarks.md).</item>
/// <item>A connection given back to the pool is not reset. Npgsql's reset is seven statements (<c>RESET ALL</c>,
/// <c>pg_advisory_unlock_all()</c>, …) sent with the next use, and EF Core takes a connection from the pool for every
/// query outside a transaction: a tenth to a fifth of the server's CPU per completed task went to it. Nothing of the host's
/// contexts outlives a transaction (settings are <c>SET LOCAL</c>, advisory locks <c>pg_advisory_xact_lock</c>), and an
/// open transaction is still rolled back when its connection goes back. Code that needs session state (the start-up
/// lock, Hangfire) opens its connections on the configured string, a pool apart.</item>
/// </list>
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
        if (!Says(connectionString, "MaxAutoPrepare")) builder.MaxAutoPrepare = MaxAutoPrepare;
        if (!Says(connectionString, "NoResetOnClose")) builder.NoResetOnClose = true;
        var completed = builder.ConnectionString;
        Volatile.Write(ref _last, new Completion(connectionString, completed));
        return completed;
    }

    /// <summary>Whether the operator wrote the setting, in either of Npgsql's spellings (with or without spaces), whatever its value.</summary>
    private static bool Says(string connectionString, string setting) =>
        connectionString.Replace(" ", "").Contains(setting, StringComparison.OrdinalIgnoreCase);

    private sealed record Completion(string Given, string Completed);
}
