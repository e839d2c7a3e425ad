using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Tests.Support;

/// <summary>What one engine's meter records while it is listened to: only that meter, so tests running beside it add nothing.</summary>
public sealed class EngineMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Recorded> _recorded = new();

    public EngineMeasurements(EngineMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public sealed record Recorded(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public string? Kind => Tags.GetValueOrDefault(EngineMetrics.KindTag) as string;
        public string? Outcome => Tags.GetValueOrDefault(EngineMetrics.OutcomeTag) as string;
    }

    public IReadOnlyList<Recorded> Of(string instrument, string? kind = null) =>
        _recorded.Where(r => r.Instrument == instrument && (kind is null || r.Kind == kind)).ToList();

    public double Sum(string instrument, string? kind = null) => Of(instrument, kind).Sum(r => r.Value);

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>();
        foreach (var tag in tags) copied[tag.Key] = tag.Value;
        _recorded.Enqueue(new Recorded(instrument.Name, value, copied));
    }

    public void Dispose() => _listener.Dispose();
}
