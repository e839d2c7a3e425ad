using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WorkflowArchive.Tests.Support;

/// <summary>Keeps the host's warnings and errors, so a test can say that none of them happened.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToList();

    public static Action<IServiceCollection> Into(CapturedLogs logs) => services => services.AddSingleton<ILoggerProvider>(logs);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.Message}");
        }
    }
}
