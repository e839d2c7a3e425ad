using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Api;

public enum OutboxState { Parked, Pending, Delivered }

public sealed record OutboxView(Guid Id, string Type, string IdempotencyKey, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ProcessedAt, DateTimeOffset? ParkedAt, string? LastError, string? ClaimedBy, string PayloadJson)
{
    public static OutboxView From(OutboxMessage m) =>
        new(m.Id, m.Type, m.IdempotencyKey, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.ProcessedAt, m.ParkedAt, m.LastError, m.ClaimedBy, m.PayloadJson);
}

/// <summary>What the engine announced and whether it got out: parked messages (failed too often) are listed here and can be sent again.</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/outbox").WithTags("Outbox").RequireAuthorization(Policies.Administration);

        outbox.MapGet("/", (OutboxState? state, int? page, int? pageSize, ArchiveDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<OutboxMessage>().AsNoTracking();
            query = (state ?? OutboxState.Parked) switch
            {
                OutboxState.Parked => query.Where(m => m.ParkedAt != null),
                OutboxState.Pending => query.Where(m => m.ProcessedAt == null && m.ParkedAt == null),
                _ => query.Where(m => m.ProcessedAt != null),
            };
            return Paging.PageAsync(query.OrderBy(m => m.CreatedAt), page, pageSize, OutboxView.From, ct);
        }).WithSummary("Outbox messages by state (default: parked, i.e. given up after " + OutboxDispatcher.MaxAttempts + " failed deliveries), oldest first.");

        outbox.MapPost("/{id:guid}/retry", async (Guid id, ArchiveDbContext db, TimeProvider time, IMoveCommittedListener drain, CancellationToken ct) =>
        {
            var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id, ct)
                ?? throw new WorkflowNotFoundException(HostTexts.OutboxMessageNotFound.With());
            if (message.ParkedAt is null) throw new WorkflowConflictException(HostTexts.OutboxMessageNotParked.With());
            message.ParkedAt = null;
            message.Attempts = 0;
            message.NextAttemptAt = time.GetUtcNow();
            message.ClaimedUntil = null;
            await db.SaveChangesAsync(ct);
            drain.MoveCommitted(); // ask for a drain now rather than at the next sweep
            return OutboxView.From(message);
        }).WithSummary("Sends a parked message again (same idempotency key, attempts counted from zero).");
        return app;
    }
}
