using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// When EF Core compared a tracker with its snapshot (DetectChanges), and where each SaveChanges began and ended, in the
/// order they happened, for the contexts on one database (by connection string).
/// </summary>
public sealed class TrackerScansSeen : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public enum Event { Scan, SaveStarting, SaveEnded }

    private static readonly Dictionary<string, Event> Watched = new()
    {
        [CoreEventId.DetectChangesStarting.Name!] = Event.Scan,
        [CoreEventId.SaveChangesStarting.Name!] = Event.SaveStarting,
        [CoreEventId.SaveChangesCompleted.Name!] = Event.SaveEnded,
        [CoreEventId.SaveChangesFailed.Name!] = Event.SaveEnded,
    };

    private readonly string _connection;
    private readonly ConcurrentQueue<(DbContext Context, Event Event)> _seen = new();
    private readonly List<IDisposable> _subscriptions = [];

    public TrackerScansSeen(string connection)
    {
        _connection = connection;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public List<(DbContext Context, Event Event)> InOrder() => _seen.ToList();

    /// <summary>Scans that ran while a save of the same context was under way (its interceptors' and EF Core's own).</summary>
    public int ScansInsideSaves() => InOrder().GroupBy(e => e.Context).Sum(events =>
    {
        var (depth, scans) = (0, 0);
        foreach (var (_, happened) in events)
        {
            if (happened == Event.SaveStarting) depth++;
            else if (happened == Event.SaveEnded) depth--;
            else if (depth > 0) scans++;
        }
        return scans;
    });

    public int Saves() => InOrder().Count(e => e.Event == Event.SaveStarting);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Watched.TryGetValue(value.Key, out var happened) && value.Value is DbContextEventData { Context: { } context }
            && context.Database.GetConnectionString() == _connection)
            _seen.Enqueue((context, happened));
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
