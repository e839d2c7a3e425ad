using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkflowArchive.Workflows.Diagnostics;

/// <summary>
/// The engine's instruments, on the meter <see cref="MeterName"/> (read it live with
/// <c>dotnet-counters monitor -n WorkflowArchive.Host --counters WorkflowArchive.Engine</c>) and its traces on the
/// activity source of the same name. Each host gets its own meter from its <see cref="IMeterFactory"/>, so two hosts in
/// one process (the tests) keep their figures apart; without a factory (the bench, engine-only tests) one is made here.
/// </summary>
public sealed class EngineMetrics : IDisposable
{
    public const string MeterName = "WorkflowArchive.Engine";

    /// <summary>Spans: one per move (<c>workflow.move</c>) and one per timer sweep batch.</summary>
    public static readonly ActivitySource Source = new(MeterName);

    public const string KindTag = "workflow.move.kind";
    public const string OutcomeTag = "workflow.move.outcome";

    private readonly Meter? _owned;

    public EngineMetrics(IMeterFactory? factory = null)
    {
        var meter = factory?.Create(MeterName) ?? (_owned = new Meter(MeterName));
        Meter = meter;
        MoveDuration = meter.CreateHistogram("workflow.move.duration", "s",
            "Time one move took, from loading the instance to its commit (retries included).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        MoveStatements = meter.CreateHistogram<int>("workflow.move.statements", "{statement}",
            "SQL statements one move sent to the store (all attempts).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [5, 10, 20, 30, 40, 60, 80, 120, 200] });
        MoveRetries = meter.CreateCounter<long>("workflow.move.retries", "{retry}",
            "Moves run again because they lost a race on a shared row (a box, a remisión) or on the store's lock; nothing of the lost attempt was committed.");
        MoveConflicts = meter.CreateCounter<long>("workflow.move.conflicts", "{conflict}",
            "Moves refused because the same instance or task was moved by someone else first (answered 409).");
        GroupCommitBatchSize = meter.CreateHistogram<int>("workflow.commit.batch_size", "{move}",
            "Moves that shared one COMMIT of the SQLite group-commit writer (one record per batch committed).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64] });
        GroupCommitStatements = meter.CreateHistogram<int>("workflow.commit.statements", "{statement}",
            "SQL statements the SQLite group-commit writer sent itself for a batch: its moves' appended rows (journal, outbox, audit, history) and the new rows that waited for it (INewRowsWaitForBatch), one INSERT per table. A move's own are in workflow.move.statements.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32] });
        GroupCommitLockHeld = meter.CreateHistogram("workflow.commit.lock_held", "s",
            "How long a SQLite group-commit batch held the store's write lock, from BEGIN IMMEDIATE to the end of its COMMIT (one record per batch committed).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25] });
        TimersDue = meter.CreateGauge<long>("workflow.timers.due", "{timer}",
            "Timers due and not yet fired, counted when a sweep starts: the backlog.");
        TimerLag = meter.CreateHistogram("workflow.timer.lag", "s", "How late a timer fired after its due instant.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 15, 30, 60, 120, 300, 900, 3600] });
        OutboxPending = meter.CreateGauge<long>("workflow.outbox.pending", "{message}",
            "Outbox messages not yet delivered nor parked, counted after a drain.");
        OutboxParked = meter.CreateGauge<long>("workflow.outbox.parked", "{message}",
            "Outbox messages that failed every attempt and wait for a person, counted after a drain.");
        StatementsCompiled = meter.CreateCounter<long>("workflow.sqlite.statements_compiled", "{statement}",
            "SQLite statements the host compiled and kept for the next use of the same SQL; flat once the host is warm.");
        SqliteLogPages = meter.CreateGauge<long>("workflow.sqlite.log_pages", "{page}",
            "Pages in SQLite's write-ahead log at each pass of the host's checkpoints, before a restart it asks for.");
    }

    public Meter Meter { get; }
    public Histogram<double> MoveDuration { get; }
    public Histogram<int> MoveStatements { get; }
    public Counter<long> MoveRetries { get; }
    public Counter<long> MoveConflicts { get; }
    public Histogram<int> GroupCommitBatchSize { get; }
    public Histogram<int> GroupCommitStatements { get; }
    public Histogram<double> GroupCommitLockHeld { get; }
    public Gauge<long> TimersDue { get; }
    public Histogram<double> TimerLag { get; }
    public Gauge<long> OutboxPending { get; }
    public Gauge<long> OutboxParked { get; }
    public Counter<long> StatementsCompiled { get; }
    public Gauge<long> SqliteLogPages { get; }

    private static readonly long OutboxMeasureInterval = (long)TimeSpan.FromSeconds(10).TotalMilliseconds;
    private long _outboxMeasuredAt = long.MinValue;

    /// <summary>True at most once per interval (process ticks, not the archive's clock: this paces a measurement, nothing more).</summary>
    public bool OutboxMeasureDue()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _outboxMeasuredAt);
        return (last == long.MinValue || now - last >= OutboxMeasureInterval) && Interlocked.CompareExchange(ref _outboxMeasuredAt, now, last) == last;
    }

    public void Dispose() => _owned?.Dispose();
}
