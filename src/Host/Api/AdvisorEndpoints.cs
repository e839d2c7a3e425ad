using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

public static class AdvisorEndpoints
{
    public static IEndpointRouteBuilder MapAdvisorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/advisors").WithTags("Advisors").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("The sales advisors, by name.");
        group.MapPost("/", RegisterAsync).RequireAuthorization(Policies.Administration)
            .WithSummary("Registers a sales advisor of Plataforma, Zonal or Mezzanine.");
        group.MapPut("/{code}/channel", ChangeChannelAsync).RequireAuthorization(Policies.Administration)
            .WithSummary("Moves an advisor to another sales channel. Audited.");
        group.MapPut("/{code}/active", SetActiveAsync).RequireAuthorization(Policies.Administration)
            .WithSummary("Activates or deactivates an advisor (one who left keeps their dossiers and sales). Audited.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AdvisorView>>> ListAsync(AdvisorQueries advisors, CancellationToken ct) =>
        TypedResults.Ok(await advisors.ListAsync(ct));

    private static async Task<Created<AdvisorView>> RegisterAsync(AdvisorInput body, AdvisorActions advisors, CancellationToken ct)
    {
        var advisor = await advisors.RegisterAsync(body, ct);
        return TypedResults.Created($"/api/advisors/{advisor.Code}", advisor);
    }

    private static async Task<Ok<AdvisorView>> ChangeChannelAsync(string code, AdvisorChannelInput body, AdvisorActions advisors, CancellationToken ct) =>
        TypedResults.Ok(await advisors.ChangeChannelAsync(code, body.Channel, ct));

    private static async Task<Ok<AdvisorView>> SetActiveAsync(string code, AdvisorActiveInput body, AdvisorActions advisors, CancellationToken ct) =>
        TypedResults.Ok(await advisors.SetActiveAsync(code, body.Active, ct));
}
