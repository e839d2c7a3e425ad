using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Api;

public static class InstanceEndpoints
{
    public static IEndpointRouteBuilder MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/instances").WithTags("Instances").RequireAuthorization(Policies.Oversight);

        group.MapPost("/", StartAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("Starts an instance of the latest published version of a definition.");
        group.MapGet("/", ListAsync).WithSummary("Instances, newest first, filtered by definition, business key or status.");
        group.MapGet("/{id:guid}", ReadAsync).WithSummary("One instance with its variables, tokens, tasks, timers and journal.");
        group.MapGet("/{id:guid}/path", PathAsync)
            .WithSummary("Where the instance is now (active elements) and the elements and sequence flows it went through, in its definition version.");
        group.MapPost("/{id:guid}/retry", RetryAsync).RequireAuthorization(Policies.Archive)
            .WithSummary("Runs the element in incident again, optionally after merging corrected variables.");
        return app;
    }

    private static async Task<Created<InstanceSummary>> StartAsync(StartInstanceRequest body, HttpContext http, WorkflowEngine engine, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.DefinitionKey)) throw new WorkflowValidationException(HostTexts.InstanceDefinitionKeyRequired.With());
        var instance = await engine.StartAsync(body.DefinitionKey, body.BusinessKey, body.Variables, CurrentActor.Require(http), ct);
        return TypedResults.Created($"/api/instances/{instance.Id}", InstanceSummary.From(instance));
    }

    private static async Task<Ok<PagedList<InstanceSummary>>> ListAsync(string? definitionKey, string? businessKey, InstanceStatus? status,
        int? page, int? pageSize, InstanceQueries instances, CancellationToken ct) =>
        TypedResults.Ok(await instances.ListAsync(definitionKey, businessKey, status, page, pageSize, ct));

    private static async Task<Ok<InstanceDetail>> ReadAsync(Guid id, InstanceQueries instances, CancellationToken ct) =>
        TypedResults.Ok(await instances.ReadAsync(id, ct));

    private static async Task<Ok<InstancePathView>> PathAsync(Guid id, HttpContext http, InstanceDiagrams diagrams, CancellationToken ct)
    {
        var diagram = await diagrams.ReadAsync(id, http.User, ct);
        return TypedResults.Ok(new InstancePathView(diagram.Instance.DefinitionKey, diagram.Instance.DefinitionVersion, diagram.Path.Active,
            diagram.Path.Visited, diagram.Path.TakenFlows, diagram.Path.Incident));
    }

    private static async Task<Ok<InstanceSummary>> RetryAsync(Guid id, RetryRequest? body, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
        TypedResults.Ok(InstanceSummary.From(await engine.RetryIncidentAsync(id, body?.Variables, CurrentActor.Require(http), ct)));
}
