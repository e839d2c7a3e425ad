using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Host.Api;

public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization(Policies.Staff);

        group.MapGet("/", async (ArchiveDbContext db, CancellationToken ct) =>
        {
            var all = await db.Set<WorkflowDefinition>().AsNoTracking().ToListAsync(ct);
            return all.GroupBy(d => d.Key).OrderBy(g => g.Key)
                .Select(g => g.Where(d => d.Status == DefinitionStatus.Published).MaxBy(d => d.Version) ?? g.First())
                .Select(DefinitionSummary.From).ToList();
        }).WithSummary("Each definition key with its latest published version (or its draft when none is published).");

        group.MapGet("/{key}/versions", async (string key, ArchiveDbContext db, CancellationToken ct) =>
        {
            var versions = await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Key == key).ToListAsync(ct);
            if (versions.Count == 0) throw new WorkflowNotFoundException($"There is no definition '{key}'.");
            return versions.OrderByDescending(d => d.Version).Select(DefinitionSummary.From).ToList();
        }).WithSummary("Every version of a definition, newest first; version 0 is the draft.");

        group.MapGet("/{key}/versions/{version:int}/xml", async (string key, int version, ArchiveDbContext db, CancellationToken ct) =>
        {
            var definition = await db.Set<WorkflowDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == key && d.Version == version, ct)
                ?? throw new WorkflowNotFoundException($"'{key}' has no version {version}.");
            return Results.Text(definition.Xml, "application/xml");
        }).WithSummary("The BPMN XML of one version (0: the draft).");

        group.MapPost("/validate", async (HttpRequest request, DefinitionService definitions) =>
        {
            var check = definitions.Validate(await BpmnBody.ReadAsync(request));
            return new ValidationReport(check.Key, check.IsValid, Views(check.Diagnostics));
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Checks BPMN XML with the same rules that guard publishing; saves nothing.")
          .Accepts<string>("application/xml", "text/xml", "text/plain");

        group.MapPut("/draft", async (HttpRequest request, DefinitionService definitions, CancellationToken ct) =>
        {
            var (draft, check) = await definitions.SaveDraftAsync(await BpmnBody.ReadAsync(request), CurrentActor.Require(request.HttpContext), ct);
            return new DraftSaved(DefinitionSummary.From(draft), check.IsValid, Views(check.Diagnostics));
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Stores BPMN XML as the draft of its process (replacing an earlier draft).")
          .Accepts<string>("application/xml", "text/xml", "text/plain");

        group.MapPost("/{key}/publish", async (string key, PublishRequest? body, HttpContext http, DefinitionService definitions, CancellationToken ct) =>
        {
            var published = await definitions.PublishDraftAsync(key, body?.Comment, CurrentActor.Require(http), ct);
            return Results.Created($"/api/definitions/{key}/versions/{published.Version}/xml", DefinitionSummary.From(published));
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Publishes the draft as the next version, if it passes validation.");

        return app;
    }

    private static List<DiagnosticView> Views(IEnumerable<BpmnDiagnostic> diagnostics) =>
        diagnostics.Select(d => new DiagnosticView(d.Severity.ToString(), d.ElementId, d.Message)).ToList();
}
