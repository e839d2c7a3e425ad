using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Api;

public static class InstanceEndpoints
{
    public static IEndpointRouteBuilder MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/instances").WithTags("Instances").RequireAuthorization(Policies.Oversight);

        group.MapPost("/", async (StartInstanceRequest body, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.DefinitionKey)) throw new WorkflowValidationException(HostTexts.InstanceDefinitionKeyRequired.With());
            var instance = await engine.StartAsync(body.DefinitionKey, body.BusinessKey, body.Variables, CurrentActor.Require(http), ct);
            return Results.Created($"/api/instances/{instance.Id}", InstanceSummary.From(instance));
        }).RequireAuthorization(Policies.Archive).WithSummary("Starts an instance of the latest published version of a definition.");

        group.MapGet("/", async (string? definitionKey, string? businessKey, InstanceStatus? status, int? page, int? pageSize,
            ArchiveDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<WorkflowInstance>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(definitionKey)) query = query.Where(i => i.DefinitionKey == definitionKey);
            if (!string.IsNullOrWhiteSpace(businessKey)) query = query.Where(i => i.BusinessKey == businessKey);
            if (status is not null) query = query.Where(i => i.Status == status);
            return await Paging.PageAsync(query.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id), page, pageSize, InstanceSummary.From, ct);
        }).WithSummary("Instances, newest first, filtered by definition, business key or status.");

        group.MapGet("/{id:guid}", async (Guid id, ArchiveDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
                ?? throw new WorkflowNotFoundException(EngineTexts.InstanceNotFound.With());
            var tasks = await db.Set<UserTask>().AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(ct);
            var timers = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(ct);
            var journal = await db.Set<JournalEntry>().AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(ct);
            var now = time.GetUtcNow();
            return new InstanceDetail(
                InstanceSummary.From(instance),
                instance.Variables,
                instance.Tokens.Select(t => new TokenView(t.Id, t.ElementId, t.Status.ToString())).ToList(),
                tasks.Select(t => TaskView.From(t, now)).ToList(),
                timers.Select(t => new TimerView(t.Id, t.ElementId, t.DueAt, t.Status.ToString(), t.FiredAt)).ToList(),
                journal.Select(j => new JournalView(j.Id, j.ElementId, j.ElementName, j.Action.ToString(), j.At, j.Actor, j.Summary)).ToList());
        }).WithSummary("One instance with its variables, tokens, tasks, timers and journal.");

        group.MapGet("/{id:guid}/path", async (Guid id, HttpContext http, InstanceDiagrams diagrams, CancellationToken ct) =>
        {
            var diagram = await diagrams.ReadAsync(id, http.User, ct);
            return new InstancePathView(diagram.Instance.DefinitionKey, diagram.Instance.DefinitionVersion, diagram.Path.Active,
                diagram.Path.Visited, diagram.Path.TakenFlows, diagram.Path.Incident);
        }).WithSummary("Where the instance is now (active elements) and the elements and sequence flows it went through, in its definition version.");

        group.MapPost("/{id:guid}/retry", async (Guid id, RetryRequest? body, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
        {
            var instance = await engine.RetryIncidentAsync(id, body?.Variables, CurrentActor.Require(http), ct);
            return InstanceSummary.From(instance);
        }).RequireAuthorization(Policies.Archive).WithSummary("Runs the element in incident again, optionally after merging corrected variables.");

        return app;
    }
}
