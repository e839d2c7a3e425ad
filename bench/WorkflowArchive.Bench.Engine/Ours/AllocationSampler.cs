using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>
/// Which types a measure allocates, from the runtime's allocation ticks (one event per ~100 KB allocated, naming the type
/// that crossed the mark): a sample, so only the large shares mean anything. Listens to this process only.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();
    private volatile bool _counting;

    public void Start() => _counting = true;

    public void Stop() => _counting = false;

    /// <summary>The most-sampled types, with their share of all the sampled bytes.</summary>
    public IEnumerable<(string Type, double Share)> Top(int count)
    {
        var total = Math.Max(1, _bytesByType.Values.Sum());
        return _bytesByType.OrderByDescending(t => t.Value).Take(count).Select(t => (t.Key, (double)t.Value / total));
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_counting || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        _bytesByType.AddOrUpdate(type, bytes, (_, sum) => sum + bytes);
    }
}
