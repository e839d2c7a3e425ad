using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>
/// <c>backup</c>, <c>restore</c> and <c>verify</c> on the command line, run instead of the web host. The rest of the
/// arguments are configuration as for the service (appsettings, environment, <c>--Database:Provider=…</c>).
/// Exit codes: 0 done, 1 refused or problems found, 2 wrong arguments.
/// </summary>
public static class MaintenanceCommands
{
    private static readonly string[] Verbs = ["backup", "restore", "verify"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var (options, rest) = Split(args.Skip(1).ToArray());
        var builder = WebApplication.CreateBuilder(rest);
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.TryGetValue("--data-folder", out var folder))
        {
            database.DataFolder = folder;
            database.ConnectionString = null;
        }
        if (database.Provider == DatabaseProvider.Sqlite)
            database.ConnectionString ??= DatabaseRegistration.SqliteConnectionFor(database, builder.Environment);
        try
        {
            return args[0] switch
            {
                "backup" when options.TryGetValue("--to", out var to) => await BackupAsync(database, to, output, cancellationToken),
                "restore" when options.TryGetValue("--from", out var from) => await RestoreAsync(database, from, output, cancellationToken),
                "verify" => await VerifyAsync(database, options.GetValueOrDefault("--from"), output, cancellationToken),
                _ => Usage(output),
            };
        }
        catch (WorkflowException ex)
        {
            await output.WriteLineAsync(ex.Text.ToString());
            return 1;
        }
    }

    private static async Task<int> BackupAsync(DatabaseOptions database, string to, TextWriter output, CancellationToken cancellationToken)
    {
        var manifest = await new DatabaseBackup(database, TimeProvider.System).WriteAsync(to, cancellationToken);
        await output.WriteLineAsync(HostTexts.BackupWritten.With(manifest.File, manifest.Size, manifest.SchemaVersion, manifest.Sha256).ToString());
        return 0;
    }

    private static async Task<int> RestoreAsync(DatabaseOptions database, string from, TextWriter output, CancellationToken cancellationToken)
    {
        var report = await new DatabaseRestore(database).RestoreAsync(from, cancellationToken);
        await output.WriteLineAsync(HostTexts.RestoreDone.With(report.Target, report.BackupSchema, report.SchemaNow).ToString());
        await output.WriteLineAsync(HostTexts.RestoreRowCounts.With().ToString());
        foreach (var table in report.BackupCounts.Keys.Union(report.RestoredCounts.Keys).Order(StringComparer.Ordinal))
            await output.WriteLineAsync($"  {table}: {Count(report.BackupCounts, table)} / {Count(report.RestoredCounts, table)}");
        return 0;
    }

    private static string Count(IReadOnlyDictionary<string, long> counts, string table) =>
        counts.TryGetValue(table, out var count) ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

    private static async Task<int> VerifyAsync(DatabaseOptions database, string? from, TextWriter output, CancellationToken cancellationToken)
    {
        var connectionString = database.ConnectionString!;
        if (from is not null)
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                await output.WriteLineAsync(HostTexts.VerifyPostgresBackup.With().ToString());
                return 2;
            }
            if (!File.Exists(from)) throw new WorkflowNotFoundException(HostTexts.BackupNotFound.With(from));
            connectionString = SqliteFile.ReadOnly(Path.GetFullPath(from));
        }
        await using var db = MaintenanceDatabase.Open(database.Provider, connectionString);
        var report = await new DatabaseVerifier(db).VerifyAsync(cancellationToken);
        foreach (var problem in report.Problems) await output.WriteLineAsync($"[{problem.Code}] {problem.Message}");
        await output.WriteLineAsync((report.Clean
            ? HostTexts.VerifyClean.With(report.SchemaVersion, report.RunningInstances, report.AuditEntries)
            : HostTexts.VerifyProblems.With(report.Problems.Count)).ToString());
        return report.Clean ? 0 : 1;
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine(HostTexts.MaintenanceUsage.With().ToString());
        return 2;
    }

    /// <summary>Our own options (<c>--to x</c>, <c>--from x</c>, <c>--data-folder x</c>); everything else is configuration.</summary>
    private static (Dictionary<string, string> Options, string[] Configuration) Split(string[] args)
    {
        string[] ours = ["--to", "--from", "--data-folder"];
        var options = new Dictionary<string, string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (ours.Contains(args[i]) && i + 1 < args.Length) options[args[i]] = args[++i];
            else rest.Add(args[i]);
        }
        return (options, rest.ToArray());
    }
}
