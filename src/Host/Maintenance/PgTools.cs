using System.Diagnostics;
using Npgsql;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Maintenance;

/// <summary>pg_dump and pg_restore from the PATH, given the service's Npgsql connection string.</summary>
public static class PgTools
{
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);

    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var path = Find(tool) ?? throw new WorkflowConflictException(HostTexts.BackupNoPgDump.With());
        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // libpq reads these; the password stays out of the process list.
        start.Environment["PGHOST"] = npgsql.Host;
        start.Environment["PGPORT"] = npgsql.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = npgsql.Username;
        start.Environment["PGDATABASE"] = npgsql.Database;
        if (npgsql.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new WorkflowConflictException(HostTexts.BackupToolFailed.With(tool, process.ExitCode, (await errors).Trim()));
    }
}
