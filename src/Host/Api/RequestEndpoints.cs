using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>Step 10: requests for documentation, and the scans delivered in answer.</summary>
public static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(Policies.Request);

        group.MapPost("/", async (RequestInput body, ClaimsPrincipal user, RequestActions requests, CancellationToken ct) =>
        {
            var created = await requests.CreateAsync(body, user, ct);
            return Results.Created($"/api/requests/{created.Number}", created);
        }).WithSummary("Asks for documentation by order number, CI/NIT, name or sale-date range, with a reason and a due date.");

        group.MapGet("/", (RetrievalStatus? status, int? page, int? pageSize, RequestActions requests, CancellationToken ct) =>
            requests.ListAsync(status, page, pageSize, ct));

        group.MapGet("/{number}", (string number, RequestActions requests, CancellationToken ct) => requests.ReadAsync(number, ct));

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
                ?? throw new WorkflowNotFoundException(HostTexts.FileNotFound.With());
            return Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
        }).WithTags("Requests").RequireAuthorization(Policies.Request).WithSummary("Downloads a delivered scan.");
        return app;
    }

    private static AttachmentView View(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy);
}
