using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Steps 2-4: binders handed over by advisors, registered with the order numbers they hold.</summary>
public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/batches").WithTags("Batches").RequireAuthorization(Policies.Oversight);

        group.MapPost("/", async (BatchRequest body, HttpContext http, BatchRegistration registration, CancellationToken ct) =>
        {
            var (batch, dossiers) = await registration.RegisterAsync(body, CurrentActor.Require(http), ct);
            var view = BatchView.From(batch, dossiers);
            return Results.Created($"/api/batches/{batch.Number}", view);
        }).RequireAuthorization(Policies.Archive).WithSummary("Registers a binder: one dossier and one gestion-documental instance per order number, all or nothing.");

        group.MapGet("/", (string? advisor, DateOnly? from, DateOnly? to, int? page, int? pageSize, BatchQueries batches, CancellationToken ct) =>
            batches.ListAsync(advisor, from, to, page, pageSize, ct)).WithSummary("Registered binders, newest first.");

        group.MapGet("/{number}", (string number, BatchQueries batches, CancellationToken ct) => batches.ReadAsync(number, ct));
        return app;
    }
}
