using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Step 5.2's catalog: services, transactions and the versioned lists of required documents.</summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalog").WithTags("Catalog").RequireAuthorization(Policies.Staff);

        group.MapGet("/services", (CatalogQueries catalog, CancellationToken ct) => catalog.ServicesAsync(ct));
        group.MapGet("/transactions", (CatalogQueries catalog, CancellationToken ct) => catalog.TransactionsAsync(ct));

        group.MapGet("/requirement-sets", (CatalogQueries catalog, CancellationToken ct) => catalog.RequirementSetsAsync(ct))
            .WithSummary("Every version of the requirement lists, newest first.");

        group.MapPost("/requirement-sets", async (RequirementSetInput body, HttpContext http, CatalogActions actions, CancellationToken ct) =>
        {
            var set = await actions.PublishAsync(body, http.User, ct);
            return Results.Created($"/api/catalog/requirement-sets/{set.Version}", set);
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Publishes a new version of the requirement lists, in force for sales from its effective date.");

        group.MapGet("/requirements", async (string service, string transaction, bool? company, bool? representative, DateOnly? saleDate,
            RequirementCatalog catalog, TimeProvider time, CancellationToken ct) =>
        {
            var date = saleDate ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var set = await catalog.InForceOnAsync(date, ct);
            var probe = new Dossier
            {
                OrderNumber = "-", CustomerName = "-", CustomerDocument = "-", AdvisorCode = "-", ServiceCode = service, TransactionCode = transaction,
                CustomerIsCompany = company ?? false, SignedByRepresentative = representative ?? false,
            };
            return new { set.Version, Documents = RequirementCatalog.RequiredFor(set, probe).Select(i => new { i.DocumentCode, i.DocumentName, i.MustBeSigned, i.Keeps }) };
        }).WithSummary("The documents a transaction needs, from the set in force on its sale date.");
        return app;
    }
}
