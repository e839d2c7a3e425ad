using WorkflowCore.Interface;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>WorkflowCore's clock, moved forward by the driver so the two-year retention delay is due at once, as our BenchClock does for our engine.</summary>
public sealed class PeerClock : IDateTimeProvider
{
    private long _offsetTicks;

    public DateTime Now => UtcNow.ToLocalTime();
    public DateTime UtcNow => DateTime.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
