using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.MultiHost;

/// <summary>
/// One real `dotnet WorkflowArchive.Host.dll` process on a loopback port, built by the same configuration as the tests
/// (the test command builds the solution in Release first). Its output is kept, so a failing test can show it.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress { get; }

    /// <summary>What the host writes on the timers it fires and the messages it delivers (<c>WorkerIdentity</c>).</summary>
    public string WorkerName => $"{Environment.MachineName}:{_process.Id}";

    public bool HasExited => _process.HasExited;

    public static string HostAssembly
    {
        get
        {
            // tests/WorkflowArchive.Tests.EndToEnd/bin/{Configuration}/net10.0 -> src/Host/bin/{Configuration}/net10.0
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testOutput.Parent!.Name;
            var root = Path.GetDirectoryName(Support.ShippedFiles.WorkflowsFolder)!;
            var dll = Path.Combine(root, "src", "Host", "bin", configuration, testOutput.Name, "WorkflowArchive.Host.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the solution ({configuration}) first: {dll} is missing.", dll);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// <c>dotnet WorkflowArchive.Host.dll</c> with its output redirected, run from the build folder (the content root:
    /// appsettings*.json and workflows/ live there). A test's host lives seconds, so the JIT's profile-guided tier, which
    /// only pays back in a long-lived process, is off, as in the test processes themselves (tests/Directory.Build.props).
    /// </summary>
    public static ProcessStartInfo Command()
    {
        var dll = HostAssembly;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["DOTNET_TieredPGO"] = "0";
        return start;
    }

    public static async Task<HostProcess> StartAsync(string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        var start = Command();
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, port, process);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitReadyAsync();
        return host;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 400) _output.TryDequeue(out _);
    }

    public string Output => string.Join('\n', _output);

    public bool HasWritten(string text) => _output.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Polls /health/ready until it answers; the deadline is a bound on the wait, not a speed claim.</summary>
    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var ready = await Eventually.ReadAsync(async () => _process.HasExited || await AnswersReadyAsync(http), done => done, ReadyDeadline);
        if (_process.HasExited) throw new InvalidOperationException($"Host {Name} exited with {_process.ExitCode}:\n{Output}");
        if (!ready) throw new TimeoutException($"Host {Name} was not ready within {ReadyDeadline}:\n{Output}");
    }

    private static async Task<bool> AnswersReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("health/ready")).IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until the host has written a line containing <paramref name="text"/> (bounded).</summary>
    public async Task WaitForOutputAsync(string text)
    {
        await Eventually.TrueAsync(() => HasWritten(text), () => $"Host {Name} never wrote '{text}':\n{Output}");
    }

    /// <summary>SIGKILL: the process dies at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
