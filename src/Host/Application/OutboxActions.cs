using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

public enum OutboxState { Parked, Pending, Delivered }

public sealed record OutboxView(Guid Id, string Type, string IdempotencyKey, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ProcessedAt, DateTimeOffset? ParkedAt, string? LastError, string? ClaimedBy, string PayloadJson)
{
    public static OutboxView From(OutboxMessage m) =>
        new(m.Id, m.Type, m.IdempotencyKey, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.ProcessedAt, m.ParkedAt, m.LastError, m.ClaimedBy, m.PayloadJson);
}

/// <summary>What administrators do with the engine's outbox: read it by state, and send a parked message again (the engine does it).</summary>
public sealed class OutboxActions(ArchiveDbContext db, OutboxDispatcher outbox)
{
    public Task<PagedList<OutboxView>> ListAsync(OutboxState? state, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.Set<OutboxMessage>().AsNoTracking();
        query = (state ?? OutboxState.Parked) switch
        {
            OutboxState.Parked => query.Where(m => m.ParkedAt != null),
            OutboxState.Pending => query.Where(m => m.ProcessedAt == null && m.ParkedAt == null),
            _ => query.Where(m => m.ProcessedAt != null),
        };
        return Paging.PageAsync(query.OrderBy(m => m.CreatedAt), page, pageSize, OutboxView.From, cancellationToken);
    }

    public async Task<OutboxView> RetryAsync(Guid id, CancellationToken cancellationToken = default) =>
        OutboxView.From(await outbox.RequeueParkedAsync(id, cancellationToken));
}
