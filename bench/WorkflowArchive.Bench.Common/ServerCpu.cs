using System.Globalization;
using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench;

/// <summary>
/// CPU time of the PostgreSQL server the bench talks to (the postmaster listening on its port and its backends), from
/// /proc: a move on PostgreSQL spends part of its CPU in the server, which the bench's own process time does not see.
/// The postmaster's cutime/cstime hold the backends that already exited. Counts every client of that server: the
/// figure means something only when the bench is its one client (bench/run.sh's cluster on port 55433).
/// </summary>
public sealed class ServerCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int _postmaster;

    private ServerCpu(int postmaster) => _postmaster = postmaster;

    /// <summary>The server of a PostgreSQL bench store, or null for SQLite (which runs inside its host) or a server not found.</summary>
    public static ServerCpu? Of(BenchStore store) =>
        store.Provider == DatabaseProvider.Postgres ? Find(new NpgsqlConnectionStringBuilder(store.ConnectionString).Port) : null;

    /// <summary>The server on <paramref name="port"/> of this machine, or null when it cannot be found (not Linux, another host).</summary>
    public static ServerCpu? Find(int port)
    {
        if (!Directory.Exists("/proc")) return null;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (!argv[0].EndsWith("postgres", StringComparison.Ordinal)) continue;
                var at = Array.IndexOf(argv, "-p");
                if (at >= 0 && at + 1 < argv.Length && argv[at + 1] == port.ToString(CultureInfo.InvariantCulture)) return new ServerCpu(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return null;
    }

    /// <summary>Milliseconds of CPU the server has used so far (user + system, its live backends and the exited ones).</summary>
    public double Milliseconds()
    {
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // After the command name in parentheses: state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid == _postmaster)
                    ticks += fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
                else if (parent == _postmaster)
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException) { } // the process ended while we looked
        }
        return ticks * 1000 / TicksPerSecond;
    }
}
