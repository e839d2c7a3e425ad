using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Outbox messages of a test's own type, saved outside any move, and a receiver for them that fails for every key saying
/// "down" (a receiver that is down for those), so a drain ends with some delivered and some to try again.
/// </summary>
public sealed class OutboxPings(string type) : IOutboxHandler
{
    public string Type => type;

    /// <summary>Saves one message per key (idempotency key <c>type:key</c>).</summary>
    public Task<int> EnqueueAsync(ArchiveApiFactory host, IEnumerable<string> keys) => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ArchiveDbContext>();
        var outbox = new OutboxWriter(db, host.Time.GetUtcNow());
        foreach (var key in keys) outbox.Enqueue(type, new { key }, $"{type}:{key}");
        return await db.SaveChangesAsync();
    });

    public bool CanHandle(string messageType) => messageType == type;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message.IdempotencyKey.Contains("down") ? throw new InvalidOperationException("receiver is down") : Task.CompletedTask;
}
