using System.Diagnostics.Metrics;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Bench.Engine.Concurrent;

/// <summary>
/// Sums what our engine reports per move on its meter (<see cref="EngineMetrics"/>): the statements each move sent
/// (<c>workflow.move.statements</c>, fed by the StatementCounter interceptor) with those the SQLite group-commit writer
/// sent for their batches (<c>workflow.commit.statements</c>: their appended and new rows), the moves, and the retries after a lost race.
/// </summary>
public sealed class MoveStatementListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _statements;
    private long _moves;
    private long _retries;

    public MoveStatementListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == EngineMetrics.MeterName && instrument.Name is "workflow.move.statements" or "workflow.commit.statements" or "workflow.move.retries")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
        {
            Interlocked.Add(ref _statements, value);
            if (instrument.Name == "workflow.move.statements") Interlocked.Increment(ref _moves);
        });
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Interlocked.Add(ref _retries, value));
        _listener.Start();
    }

    public (long Statements, long Moves, long Retries) Read() => (Interlocked.Read(ref _statements), Interlocked.Read(ref _moves), Interlocked.Read(ref _retries));

    public void Dispose() => _listener.Dispose();
}
