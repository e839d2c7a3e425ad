using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Batches;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

public sealed record BatchDossierView(string OrderNumber, string CustomerName, string Status, Guid? InstanceId);

public sealed record BatchView(Guid Id, string Number, string AdvisorCode, DateOnly DeliveredOn, string BinderNumber, int DossierCount,
    DateTimeOffset RegisteredAt, string RegisteredBy, IReadOnlyList<BatchDossierView> Dossiers);

/// <summary>Steps 2-4: binders handed over by advisors, registered with the order numbers they hold.</summary>
public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/batches").WithTags("Batches").RequireAuthorization(Policies.Oversight);

        group.MapPost("/", async (BatchRequest body, HttpContext http, BatchRegistration registration, CancellationToken ct) =>
        {
            var (batch, dossiers) = await registration.RegisterAsync(body, CurrentActor.Require(http), ct);
            var view = View(batch, dossiers);
            return Results.Created($"/api/batches/{batch.Number}", view);
        }).RequireAuthorization(Policies.Archive).WithSummary("Registers a binder: one dossier and one gestion-documental instance per order number, all or nothing.");

        group.MapGet("/", async (string? advisor, DateOnly? from, DateOnly? to, int? page, int? pageSize, ArchiveDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<Batch>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(advisor)) query = query.Where(b => b.AdvisorCode == advisor);
            if (from is not null) query = query.Where(b => b.DeliveredOn >= from);
            if (to is not null) query = query.Where(b => b.DeliveredOn <= to);
            return await Paging.PageAsync(query.OrderByDescending(b => b.RegisteredAt), page, pageSize, b => View(b, []), ct);
        }).WithSummary("Registered binders, newest first.");

        group.MapGet("/{number}", async (string number, ArchiveDbContext db, CancellationToken ct) =>
        {
            var batch = await db.Set<Batch>().AsNoTracking().FirstOrDefaultAsync(b => b.Number == number, ct)
                ?? throw new WorkflowNotFoundException($"There is no batch {number}.");
            var dossiers = await db.Set<Dossier>().AsNoTracking().Where(d => d.BatchId == batch.Id).OrderBy(d => d.OrderNumber).ToListAsync(ct);
            return View(batch, dossiers);
        });
        return app;
    }

    private static BatchView View(Batch b, IReadOnlyList<Dossier> dossiers) =>
        new(b.Id, b.Number, b.AdvisorCode, b.DeliveredOn, b.BinderNumber, b.DossierCount, b.RegisteredAt, b.RegisteredBy,
            dossiers.Select(d => new BatchDossierView(d.OrderNumber, d.CustomerName, d.Status.ToString(), d.InstanceId)).ToList());
}
