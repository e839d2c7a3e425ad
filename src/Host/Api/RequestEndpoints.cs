using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Requests;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Api;

public sealed record RequestInput(string? Number, string? OrderNumber, string? CustomerDocument, string? CustomerName,
    DateOnly? SaleDateFrom, DateOnly? SaleDateTo, string? RequestingUnit, string? Reason, DateOnly? DueDate);

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>Step 10: requests for documentation, and the scans delivered in answer.</summary>
public static class RequestEndpoints
{
    public const string WorkflowKey = "solicitud-documentacion";

    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(Policies.Request);

        group.MapPost("/", async (RequestInput body, HttpContext http, WorkflowEngine engine, TimeProvider time, CancellationToken ct) =>
        {
            var user = CurrentActor.Require(http);
            var number = string.IsNullOrWhiteSpace(body.Number) ? $"SOL-{time.GetUtcNow():yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}" : body.Number.Trim();
            var variables = new JsonObject
            {
                ["orderNumber"] = body.OrderNumber, ["customerDocument"] = body.CustomerDocument, ["customerName"] = body.CustomerName,
                ["saleDateFrom"] = body.SaleDateFrom?.ToString("yyyy-MM-dd"), ["saleDateTo"] = body.SaleDateTo?.ToString("yyyy-MM-dd"),
                ["requestedBy"] = user, ["requestingUnit"] = body.RequestingUnit, ["reason"] = body.Reason,
                ["dueDate"] = body.DueDate?.ToString("yyyy-MM-dd"),
            };
            var instance = await engine.StartAsync(WorkflowKey, number, variables, user, ct);
            return Results.Created($"/api/requests/{number}", new { number, InstanceId = instance.Id, Status = instance.Status.ToString(), instance.IncidentMessage });
        }).WithSummary("Asks for documentation by order number, CI/NIT, name or sale-date range, with a reason and a due date.");

        group.MapGet("/", async (RetrievalStatus? status, int? page, int? pageSize, ArchiveDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<RetrievalRequest>().AsNoTracking();
            if (status is not null) query = query.Where(r => r.Status == status);
            return await Paging.PageAsync(query.OrderByDescending(r => r.RequestedAt), page, pageSize, r => r, ct);
        });

        group.MapGet("/{number}", async (string number, ArchiveDbContext db, CancellationToken ct) =>
            await db.Set<RetrievalRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, ct)
            ?? throw new WorkflowNotFoundException($"There is no retrieval request {number}."));

        group.MapPost("/{number}/attachments", async (string number, IFormFile file, HttpContext http, Attachments attachments, CancellationToken ct) =>
        {
            await using var content = file.OpenReadStream();
            var attachment = await attachments.AddToRequestAsync(number, file.FileName, file.ContentType, content, CurrentActor.Require(http), ct);
            return Results.Created($"/api/attachments/{attachment.Id}", View(attachment));
        }).DisableAntiforgery().RequireAuthorization(Policies.Archive)
          .WithSummary("Uploads the scan that answers a request (PDF or image); its SHA-256 is kept. Then complete the delivery task with its id.");

        app.MapGet("/api/attachments/{id:guid}", async (Guid id, ArchiveDbContext db, CancellationToken ct) =>
        {
            var attachment = await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct)
                ?? throw new WorkflowNotFoundException($"There is no file {id}.");
            return Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
        }).WithTags("Requests").RequireAuthorization(Policies.Request).WithSummary("Downloads a delivered scan.");
        return app;
    }

    private static AttachmentView View(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy);
}
