using System.Text;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Host.Api;

public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization(Policies.Staff);

        group.MapGet("/", async (DefinitionQueries definitions, CancellationToken ct) =>
            (await definitions.OverviewAsync(ct)).Select(o => o.Latest ?? o.Draft!).ToList())
            .WithSummary("Each definition key with its latest published version (or its draft when none is published).");

        group.MapGet("/{key}/versions", (string key, DefinitionQueries definitions, CancellationToken ct) => definitions.VersionsAsync(key, ct))
            .WithSummary("Every version of a definition, newest first; version 0 is the draft.");

        group.MapGet("/{key}/versions/{version:int}/xml", async (string key, int version, DefinitionQueries definitions, CancellationToken ct) =>
            Results.Text((await definitions.VersionAsync(key, version, ct)).Xml, "application/xml"))
            .WithSummary("The BPMN XML of one version (0: the draft).");

        group.MapGet("/{key}/versions/{version:int}/file", async (string key, int version, DefinitionQueries definitions, CancellationToken ct) =>
        {
            var definition = await definitions.VersionAsync(key, version, ct);
            return Results.File(Encoding.UTF8.GetBytes(definition.Xml), "application/xml", ExportFileName(definition));
        }).WithSummary("One version as a .bpmn download (0: the draft), to open in another modeler.");

        group.MapGet("/{key}/diff", (string key, int from, int to, DefinitionQueries definitions, CancellationToken ct) =>
            definitions.DiffAsync(key, from, to, ct))
            .WithSummary("Elements added, removed or changed from version `from` to version `to` (0: the draft), matched by id.");

        group.MapPost("/validate", async (HttpRequest request, DefinitionService definitions, ProblemTexts texts) =>
        {
            var check = definitions.Validate(await BpmnBody.ReadAsync(request));
            return new ValidationReport(check.Key, check.IsValid, DiagnosticView.From(check.Diagnostics, texts));
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Checks BPMN XML with the same rules that guard publishing; saves nothing.")
          .Accepts<string>("application/xml", "text/xml", "text/plain");

        group.MapPut("/draft", async (HttpRequest request, DefinitionService definitions, ProblemTexts texts, CancellationToken ct) =>
        {
            var (draft, check) = await definitions.SaveDraftAsync(await BpmnBody.ReadAsync(request), CurrentActor.Require(request.HttpContext), ct);
            return new DraftSaved(DefinitionSummary.From(draft), check.IsValid, DiagnosticView.From(check.Diagnostics, texts));
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Stores BPMN XML as the draft of its process (replacing an earlier draft).")
          .Accepts<string>("application/xml", "text/xml", "text/plain");

        group.MapPost("/import", async (HttpRequest request, string? key, DefinitionImporter importer, ProblemTexts texts, CancellationToken ct) =>
        {
            var imported = await importer.ImportAsync(await BpmnBody.ReadFileOrBodyAsync(request), key, CurrentActor.Require(request.HttpContext), ct);
            return Results.Created($"/api/definitions/{imported.Draft.Key}/versions/0/xml", new ImportReport(DefinitionSummary.From(imported.Draft),
                imported.Check.IsValid, DiagnosticView.From(imported.Check.Diagnostics, texts), imported.Mappings));
        }).RequireAuthorization(Policies.ProcessOwner).DisableAntiforgery()
          .WithSummary("Imports a .bpmn file (Camunda Modeler, Bizagi Modeler, bpmn-js) as the draft of its process, or of `key`. "
              + "A file with elements this engine does not run is refused, each one named in `errors`.")
          .Accepts<string>("application/xml", "text/xml", "multipart/form-data");

        group.MapPost("/{key}/publish", async (string key, PublishRequest? body, HttpContext http, DefinitionService definitions, CancellationToken ct) =>
        {
            var published = await definitions.PublishDraftAsync(key, body?.Comment, CurrentActor.Require(http), ct);
            return Results.Created($"/api/definitions/{key}/versions/{published.Version}/xml", DefinitionSummary.From(published));
        }).RequireAuthorization(Policies.ProcessOwner).WithSummary("Publishes the draft as the next version, if it passes validation.");

        return app;
    }

    public static string ExportFileName(WorkflowDefinition definition) =>
        definition.Version == 0 ? $"{definition.Key}-borrador.bpmn" : $"{definition.Key}-v{definition.Version}.bpmn";
}
