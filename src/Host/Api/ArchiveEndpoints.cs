using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>Steps 8-9: the archive's places (archive, floor, shelf, box) and legal holds that keep dossiers from leaving.</summary>
public static class ArchiveEndpoints
{
    public static IEndpointRouteBuilder MapArchiveEndpoints(this IEndpointRouteBuilder app)
    {
        var locations = app.MapGroup("/api/archive/locations").WithTags("Archive").RequireAuthorization(Policies.Oversight);

        locations.MapGet("/", (ArchiveDbContext db, CancellationToken ct) =>
            db.Set<ArchiveLocation>().AsNoTracking().OrderBy(l => l.Path).ToListAsync(ct))
            .WithSummary("Every place in the archive, with capacity and filled positions for boxes.");

        locations.MapPost("/", async (LocationInput body, ArchiveDbContext db, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Code) || string.IsNullOrWhiteSpace(body.Name)) throw new WorkflowValidationException(HostTexts.LocationCodeAndNameRequired.With());
            if (body.Kind == LocationKind.Box && body.Capacity is null or < 1) throw new WorkflowValidationException(HostTexts.BoxCapacityRequired.With());
            var parent = body.ParentCode is null ? null
                : await db.Set<ArchiveLocation>().FirstOrDefaultAsync(l => l.Code == body.ParentCode, ct) ?? throw new WorkflowNotFoundException(HostTexts.LocationNotFound.With(body.ParentCode));
            if (parent is null && body.Kind != LocationKind.Archive) throw new WorkflowValidationException(HostTexts.LocationParentRequired.With());
            if (parent is { Kind: LocationKind.Box }) throw new WorkflowValidationException(HostTexts.LocationInsideBox.With());
            if (await db.Set<ArchiveLocation>().AnyAsync(l => l.Code == body.Code.Trim(), ct)) throw new WorkflowConflictException(HostTexts.LocationCodeTaken.With(body.Code));
            var location = new ArchiveLocation
            {
                ParentId = parent?.Id, Kind = body.Kind, Code = body.Code.Trim(), Name = body.Name.Trim(), Capacity = body.Capacity,
                ClassificationPrefix = body.ClassificationPrefix, Path = parent is null ? body.Name.Trim() : $"{parent.Path} / {body.Name.Trim()}",
            };
            db.Add(location);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/archive/locations/{location.Code}", location);
        }).RequireAuthorization(Policies.Archive).WithSummary("Adds a floor, shelf or box under a parent location.");

        var holds = app.MapGroup("/api/holds").WithTags("Archive").RequireAuthorization(Policies.Oversight);

        holds.MapGet("/", async (bool? active, ArchiveDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<LegalHold>().AsNoTracking();
            if (active == true) query = query.Where(h => h.ReleasedAt == null);
            return await query.OrderByDescending(h => h.PlacedAt).ToListAsync(ct);
        });

        holds.MapPost("/", async (HoldInput body, HttpContext http, ArchiveDbContext db, LegalHolds legalHolds, CancellationToken ct) =>
        {
            Guid? dossierId = null, boxId = null;
            if (!string.IsNullOrWhiteSpace(body.OrderNumber))
                dossierId = (await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == body.OrderNumber.Trim(), ct))?.Id
                    ?? throw new WorkflowNotFoundException(DomainTexts.DossierNotFound.With(body.OrderNumber));
            if (!string.IsNullOrWhiteSpace(body.BoxCode))
                boxId = (await db.Set<ArchiveLocation>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == body.BoxCode.Trim() && l.Kind == LocationKind.Box, ct))?.Id
                    ?? throw new WorkflowNotFoundException(DomainTexts.BoxNotFound.With(body.BoxCode));
            var hold = await legalHolds.PlaceAsync(dossierId, boxId, body.Reason, CurrentActor.Require(http), ct);
            return Results.Created($"/api/holds/{hold.Id}", hold);
        }).RequireAuthorization(Policies.Archive).WithSummary("Places a legal hold on a dossier (orderNumber) or a box (boxCode): its transfer waits until released.");

        holds.MapPost("/{id:guid}/release", async (Guid id, ReleaseInput body, HttpContext http, LegalHolds legalHolds, CancellationToken ct) =>
            await legalHolds.ReleaseAsync(id, body.Reason, CurrentActor.Require(http), ct))
            .RequireAuthorization(Policies.Archive).WithSummary("Releases a legal hold, with the reason.");
        return app;
    }
}
