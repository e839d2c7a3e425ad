using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// The outbox sweep deletes the messages delivered more than <c>Background:OutboxKeepDeliveredDays</c> ago, a few hundred
/// per statement, and nothing else: a message still being retried stays however old it is, and so does one delivered lately.
/// </summary>
public abstract class DeliveredOutboxCleanupTests(DatabaseProvider provider)
{
    private static readonly OutboxPings Pings = new("test.cleanup");

    [Fact]
    public async Task The_outbox_sweep_deletes_what_was_delivered_before_the_kept_days_and_keeps_what_waits_or_came_later()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new ArchiveApiFactory(database, new Dictionary<string, string> { ["Background:OutboxKeepDeliveredDays"] = "7" },
            testServices: services => services.AddSingleton<IOutboxHandler>(Pings));
        var old = Enumerable.Range(1, DeliveredOutboxCleanup.RowsPerStatement + 20).Select(i => $"old-{i}").Append("down-old").ToList();
        await Pings.EnqueueAsync(host, old);
        await SweepAsync(host);
        host.Time.Advance(TimeSpan.FromDays(6));
        await Pings.EnqueueAsync(host, ["six-days-before"]);
        await SweepAsync(host);
        host.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        // The drain each move asks for delivers only: looking for old messages after every move cost PostgreSQL a table scan.
        await host.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().DrainOutboxAsync(CancellationToken.None));
        Assert.Equal(old.Count + 1, await CountAsync(host));

        var removed = await SweepAsync(host);

        Assert.Equal(DeliveredOutboxCleanup.RowsPerStatement + 20, removed);
        var left = await host.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == Pings.Type).Select(m => new { m.IdempotencyKey, Delivered = m.ProcessedAt != null }).ToListAsync());
        // Failing for a week, never delivered: still there to be retried (or parked and seen by an administrator).
        Assert.Equal([("down-old", false), ("six-days-before", true)],
            left.Select(m => (m.IdempotencyKey[(Pings.Type.Length + 1)..], m.Delivered)).Order());
        Assert.Equal(0, await SweepAsync(host));
    }

    /// <summary>The outbox sweep as Hangfire runs it (drain, measure, cleanup); how many messages it deleted.</summary>
    private static async Task<int> SweepAsync(ArchiveApiFactory host)
    {
        var before = await CountAsync(host);
        await host.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().SweepOutboxAsync(CancellationToken.None));
        return before - await CountAsync(host);
    }

    private static Task<int> CountAsync(ArchiveApiFactory host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>().CountAsync(m => m.Type == Pings.Type));
}

public sealed class SqliteDeliveredOutboxCleanupTests() : DeliveredOutboxCleanupTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresDeliveredOutboxCleanupTests() : DeliveredOutboxCleanupTests(DatabaseProvider.Postgres);
