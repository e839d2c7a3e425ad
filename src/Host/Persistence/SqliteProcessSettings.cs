using SQLitePCL;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// What SQLite is told once per process, before its first connection opens. Memory statistics off: with them on,
/// SQLite takes a process-wide mutex and measures the block on every allocation and free it makes, and a host at 16
/// clients spent about 1% of its CPU there (<c>sqlite3MemSize</c>, <c>pthread_mutex_lock</c>). Nothing here reads
/// those statistics, and the soft heap limit they serve is not set. Too late (another part of the process opened a
/// connection first), SQLite refuses and keeps its defaults, which is only slower.
/// </summary>
internal static class SqliteProcessSettings
{
    private static readonly Lazy<int> Applied = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    });

    /// <summary>SQLite's answer (<c>SQLITE_OK</c> when taken, <c>SQLITE_MISUSE</c> when SQLite had already started).</summary>
    public static int Apply() => Applied.Value;
}
