namespace WorkflowArchive.Host.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string; for SQLite, optional (defaults to a file in <see cref="DataFolder"/>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the embedded SQLite database lives; relative paths are taken from the content root.</summary>
    public string DataFolder { get; set; } = ".data";

    /// <summary>Seed demo data (Bogus) into an empty database at start-up: Development (or <c>--demo</c>) only.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>SQLite: how often a connection of its own copies the write-ahead log into the database file (<see cref="SqliteLogCheckpoints"/>); zero turns it off.</summary>
    public TimeSpan LogCheckpointInterval { get; set; } = SqliteLogCheckpoints.DefaultInterval;

    /// <summary>SQLite: the log's length in pages from which that connection has the log started again from its beginning.</summary>
    public int LogRestartPages { get; set; } = SqliteLogCheckpoints.DefaultRestartPages;
}
