using System.Diagnostics;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>
/// The real host, started as its own process from the Release build, on loopback, against the bench store, with its
/// shipped settings (Hangfire sweeps on, logging as in appsettings.json). Its output goes to a log file; its working
/// set is read from /proc.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="environment">More environment for the host (runtime GC knobs, settings as <c>Section__Key</c>), applied last.</param>
    public static async Task<HostProcess> StartAsync(string hostDll, BenchStore store, int port, string logFile,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(hostDll)])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(hostDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = store.Provider.ToString(),
                ["Database__ConnectionString"] = store.ConnectionString,
                ["Database__SeedDemoData"] = "false",
                ["Security__SeedDemoUsers"] = "true",
            },
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, address);
        await host.WaitUntilLiveAsync(logFile);
        return host;
    }

    /// <summary>Resident set size (the working set on Linux), in MiB.</summary>
    public double WorkingSetMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>User + system CPU time the host process has used so far, in milliseconds (/proc/PID/stat, 100 ticks a second).</summary>
    public double CpuMilliseconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
    }

    private async Task WaitUntilLiveAsync(string logFile)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with {_process.ExitCode}; see {logFile}.");
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or (on a busy machine) slower than the probe's timeout: ask again.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The host did not answer /health/live within 5 minutes; see {logFile}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }
}
