using Microsoft.Data.Sqlite;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>Connection strings for a SQLite file the maintenance commands open directly.</summary>
public static class SqliteFile
{
    /// <summary>Unpooled, so the file is closed (and can be hashed, moved or deleted) as soon as the connection is.</summary>
    public static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public static string ReadWrite(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();

    public static string PathOf(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
}
