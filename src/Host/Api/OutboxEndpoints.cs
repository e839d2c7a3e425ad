using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Api;

/// <summary>What the engine announced and whether it got out: parked messages (failed too often) are listed here and can be sent again.</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/outbox").WithTags("Outbox").RequireAuthorization(Policies.Administration);
        outbox.MapGet("/", ListAsync)
            .WithSummary("Outbox messages by state (default: parked, i.e. given up after " + OutboxDispatcher.MaxAttempts + " failed deliveries), oldest first.");
        outbox.MapPost("/{id:guid}/retry", RetryAsync)
            .WithSummary("Sends a parked message again (same idempotency key, attempts counted from zero).");
        return app;
    }

    public static Task<PagedList<OutboxView>> ListAsync(OutboxState? state, int? page, int? pageSize, OutboxActions outbox, CancellationToken ct) =>
        outbox.ListAsync(state, page, pageSize, ct);

    public static Task<OutboxView> RetryAsync(Guid id, OutboxActions outbox, CancellationToken ct) => outbox.RetryAsync(id, ct);
}
