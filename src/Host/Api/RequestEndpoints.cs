using System.Security.Claims;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Step 10: requests for documentation, and the scans delivered in answer.</summary>
public static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests");

        group.MapPost("/", async (RequestInput body, ClaimsPrincipal user, RequestActions requests, CancellationToken ct) =>
        {
            var created = await requests.CreateAsync(body, user, ct);
            return Results.Created($"/api/requests/{created.Number}", created);
        }).RequireAuthorization(Policies.Request)
          .WithSummary("Asks for documentation by order number, CI/NIT, name or sale-date range, with a reason and a due date; the service numbers it.");

        group.MapGet("/", (RetrievalStatus? status, int? page, int? pageSize, ClaimsPrincipal user, RequestActions requests, CancellationToken ct) =>
            requests.ListAsync(status, page, pageSize, user, ct))
            .RequireAuthorization(Policies.RequestReaders).WithSummary("Requests, newest first: every one for the archive and oversight, a requester's own for a requester.");

        group.MapGet("/{number}", (string number, ClaimsPrincipal user, RequestActions requests, CancellationToken ct) => requests.ReadAsync(number, user, ct))
            .RequireAuthorization(Policies.RequestReaders).WithSummary("One request; another requester's is not found.");

        group.MapPost("/{number}/attachments", async (string number, IFormFile file, HttpContext http, Attachments attachments, CancellationToken ct) =>
        {
            await using var content = file.OpenReadStream();
            var attachment = await attachments.AddToRequestAsync(number, file.FileName, file.ContentType, content, CurrentActor.Require(http), ct);
            return Results.Created($"/api/attachments/{attachment.Id}", View(attachment));
        }).DisableAntiforgery().RequireAuthorization(Policies.Archive)
          .WithSummary("Uploads the scan that answers a request (PDF or image); its SHA-256 is kept. Then complete the delivery task with its id.");

        app.MapGet("/api/attachments/{id:guid}", async (Guid id, ClaimsPrincipal user, RequestActions requests, CancellationToken ct) =>
        {
            var file = await requests.DownloadAsync(id, user, ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).WithTags("Requests").RequireAuthorization(Policies.RequestReaders)
          .WithSummary("Downloads a scan; a requester only the one delivered in answer to their own request, any other is not found.");
        return app;
    }

    private static AttachmentView View(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy);
}
