using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Scan-to-find (a code from a label or a cover sheet to the page it names), a box's contents, its inventories, and the
/// "extraviado" mark on a dossier an inventory did not find.
/// </summary>
public static class BoxEndpoints
{
    public static IEndpointRouteBuilder MapBoxEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/lookup", LookupAsync).WithTags("Archive").RequireAuthorization(Policies.Oversight)
            .WithSummary("Where a scanned code leads: a box, a dossier (order number), a remisión, or the dossier search; 404 for a code shaped like one that does not exist.");

        var boxes = app.MapGroup("/api/archive/boxes").WithTags("Archive").RequireAuthorization(Policies.Oversight);
        boxes.MapGet("/{code}", ReadBoxAsync).WithSummary("A box: place, capacity, state, its dossiers by position and its last inventories.");
        boxes.MapPost("/{code}/inventories", StartInventoryAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("Starts an inventory of the box (or answers the one in progress).");

        var inventories = app.MapGroup("/api/archive/inventories").WithTags("Archive").RequireAuthorization(Policies.Oversight);
        inventories.MapGet("/{id:guid}", ReadInventoryAsync).WithSummary("An inventory with its lines: scans in order, then the dossiers not scanned.");
        inventories.MapPost("/{id:guid}/scans", ScanAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("One scanned cover sheet (order number): in this box, belongs elsewhere, unknown, or already scanned.");
        inventories.MapPost("/{id:guid}/finish", FinishInventoryAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("Ends the inventory: missing, misplaced and out-of-position dossiers, saved.");

        var dossiers = app.MapGroup("/api/dossiers").WithTags("Archive").RequireAuthorization(Policies.Archive);
        dossiers.MapPost("/{orderNumber}/missing", MarkMissingAsync).WithSummary("Marks the dossier as lost (extraviado), with a note.");
        dossiers.MapPost("/{orderNumber}/found", MarkFoundAsync).WithSummary("Lifts the lost mark: the dossier turned up.");
        return app;
    }

    private static async Task<Ok<LookupView>> LookupAsync(string? code, ClaimsPrincipal user, ScanLookup lookup, CancellationToken ct) =>
        TypedResults.Ok(await lookup.ResolveAsync(code, user, ct));

    private static async Task<Ok<BoxView>> ReadBoxAsync(string code, ClaimsPrincipal user, BoxQueries boxes, CancellationToken ct) =>
        TypedResults.Ok(await boxes.ReadAsync(code, user, ct));

    private static async Task<Created<InventoryView>> StartInventoryAsync(string code, ClaimsPrincipal user, BoxInventories inventories, CancellationToken ct)
    {
        var inventory = await inventories.StartAsync(code, user, ct);
        return TypedResults.Created($"/api/archive/inventories/{inventory.Summary.Id}", inventory);
    }

    private static async Task<Ok<InventoryView>> ReadInventoryAsync(Guid id, ClaimsPrincipal user, BoxInventories inventories, CancellationToken ct) =>
        TypedResults.Ok(await inventories.ReadAsync(id, user, ct));

    private static async Task<Ok<ScanOutcomeView>> ScanAsync(Guid id, ScanInput body, ClaimsPrincipal user, BoxInventories inventories, CancellationToken ct) =>
        TypedResults.Ok(await inventories.ScanAsync(id, body.Code, user, ct));

    private static async Task<Ok<InventoryView>> FinishInventoryAsync(Guid id, ClaimsPrincipal user, BoxInventories inventories, CancellationToken ct) =>
        TypedResults.Ok(await inventories.FinishAsync(id, user, ct));

    private static async Task<NoContent> MarkMissingAsync(string orderNumber, MissingInput body, ClaimsPrincipal user, MissingDossiers missing, CancellationToken ct)
    {
        await missing.MarkMissingAsync(orderNumber, body.Note, user, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkFoundAsync(string orderNumber, ClaimsPrincipal user, MissingDossiers missing, CancellationToken ct)
    {
        await missing.MarkFoundAsync(orderNumber, user, ct);
        return TypedResults.NoContent();
    }
}
