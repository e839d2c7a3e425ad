using System.Diagnostics;
using System.Diagnostics.Metrics;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>
/// What the measured runs cost the process, per run: SQL statements (those of the moves, from the engine's
/// <c>workflow.move.statements</c> and <c>workflow.commit.statements</c>, and all the store received, the inbox's task look-ups included, from EF Core's
/// command events), bytes allocated by every thread, and process CPU time. Taken around the measured runs only.
/// </summary>
public sealed class RunCost : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly MeterListener _meters = new();
    private readonly List<IDisposable> _subscriptions = [];
    private long _moveStatements;
    private long _allStatements;
    private long _allocatedAt;
    private TimeSpan _cpuAt;

    /// <summary>With WA_BENCH_SQL set to a file, every statement of the measured runs is written there (to see what a run sends).</summary>
    private readonly StreamWriter? _sql = Environment.GetEnvironmentVariable("WA_BENCH_SQL") is { Length: > 0 } path ? new StreamWriter(path) : null;

    private RunCost()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            // A SQLite batch's appended and new rows are sent by the group-commit writer for its moves: theirs as well.
            if (instrument.Meter.Name == EngineMetrics.MeterName && instrument.Name is "workflow.move.statements" or "workflow.commit.statements")
                listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<int>((_, value, _, _) => Interlocked.Add(ref _moveStatements, value));
        _meters.Start();
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        _allocatedAt = GC.GetTotalAllocatedBytes(precise: true);
        _cpuAt = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public static RunCost Start() => new();

    /// <summary>Per run: move statements, all statements, allocated bytes, process CPU (ms).</summary>
    public (double MoveStatements, double AllStatements, double AllocatedBytes, double CpuMs) PerRun(int runs)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedAt;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAt;
        return (Interlocked.Read(ref _moveStatements) / (double)runs, Interlocked.Read(ref _allStatements) / (double)runs,
            allocated / (double)runs, cpu.TotalMilliseconds / runs);
    }

    public void Dispose()
    {
        _meters.Dispose();
        foreach (var subscription in _subscriptions) subscription.Dispose();
        _sql?.Dispose();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name == CommandExecuting));
    }

    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != CommandExecuting || value.Value is not Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data) return;
        Interlocked.Add(ref _allStatements, StatementCounter.Statements(data.Command.CommandText));
        if (_sql is not null) lock (_sql) _sql.WriteLine(data.Command.CommandText.ReplaceLineEndings(" ") + ";");
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }
}
