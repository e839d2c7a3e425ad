using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Steps 8-9: the archive's places (archive, floor, shelf, box, closed or open) and legal holds that keep dossiers from leaving.</summary>
public static class ArchiveEndpoints
{
    public static IEndpointRouteBuilder MapArchiveEndpoints(this IEndpointRouteBuilder app)
    {
        var locations = app.MapGroup("/api/archive/locations").WithTags("Archive").RequireAuthorization(Policies.Oversight);
        locations.MapGet("/", ListLocationsAsync).WithSummary("Every place in the archive, with capacity and filled positions for boxes.");
        locations.MapPost("/", AddLocationAsync).RequireAuthorization(Policies.Archive).WithSummary("Adds a floor, shelf or box under a parent location.");
        locations.MapPost("/{code}/close", CloseBoxAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("Closes a box: nothing more is filed in it (automatic choice skips it, naming it fails) until it is opened. Audited.");
        locations.MapPost("/{code}/open", OpenBoxAsync).RequireAuthorization(Policies.Archive).WithSummary("Opens a closed box again. Audited.");

        var holds = app.MapGroup("/api/holds").WithTags("Archive").RequireAuthorization(Policies.Oversight);
        holds.MapGet("/", ListHoldsAsync).WithSummary("Legal holds, newest first; active=true for those still in force, active=false for those released.");
        holds.MapPost("/", PlaceHoldAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("Places a legal hold on a dossier (orderNumber), a box (boxCode) or a customer (customerDocument): their transfer waits until released.");
        holds.MapPost("/{id:guid}/release", ReleaseHoldAsync).RequireAuthorization(Policies.Archive).WithSummary("Releases a legal hold, with the reason.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<LocationView>>> ListLocationsAsync(ArchiveLocations locations, CancellationToken ct) =>
        TypedResults.Ok(await locations.ListAsync(ct));

    private static async Task<Created<LocationView>> AddLocationAsync(LocationInput body, ArchiveLocations locations, CancellationToken ct)
    {
        var location = await locations.AddAsync(body, ct);
        return TypedResults.Created($"/api/archive/locations/{location.Code}", location);
    }

    private static async Task<Ok<LocationView>> CloseBoxAsync(string code, ArchiveLocations locations, CancellationToken ct) =>
        TypedResults.Ok(await locations.SetClosedAsync(code, closed: true, ct));

    private static async Task<Ok<LocationView>> OpenBoxAsync(string code, ArchiveLocations locations, CancellationToken ct) =>
        TypedResults.Ok(await locations.SetClosedAsync(code, closed: false, ct));

    private static async Task<Ok<IReadOnlyList<LegalHoldView>>> ListHoldsAsync(bool? active, LegalHoldActions holds, CancellationToken ct) =>
        TypedResults.Ok(await holds.ListAsync(active, ct));

    private static async Task<Created<LegalHoldView>> PlaceHoldAsync(HoldInput body, HttpContext http, LegalHoldActions holds, CancellationToken ct)
    {
        var hold = await holds.PlaceAsync(body, CurrentActor.Require(http), ct);
        return TypedResults.Created($"/api/holds/{hold.Id}", hold);
    }

    private static async Task<Ok<LegalHoldView>> ReleaseHoldAsync(Guid id, ReleaseInput body, HttpContext http, LegalHoldActions holds, CancellationToken ct) =>
        TypedResults.Ok(await holds.ReleaseAsync(id, body.Reason, CurrentActor.Require(http), ct));
}
