using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Activities.Checklists;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 5.2: compares what the manager found in the binder (the review task's <c>documents</c> output:
/// per item received, legible, signed) with the documents this transaction requires.
/// </summary>
public sealed class ChecklistValidationActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("checklist-validation", "Validar lista de requisitos",
        "Decide si la documentación está completa según los requisitos del servicio y trámite.",
        ["documents"], ["complete", "missingItems"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var reviewed = ReadReview(context.Variables["documents"]);
        var missing = new List<string>();
        foreach (var required in RequiredDocuments.For(dossier.CustomerIsCompany))
        {
            if (!reviewed.TryGetValue(required.Code, out var item) || !item.Received) missing.Add($"{required.Name}: falta");
            else if (!item.Legible) missing.Add($"{required.Name}: ilegible");
            else if (required.MustBeSigned && !item.Signed) missing.Add($"{required.Name}: sin firma");
        }

        dossier.ChecklistJson = JsonSerializer.Serialize(reviewed.Values, WorkflowJson.Options);
        if (missing.Count == 0) dossier.Status = DossierStatus.Complete;
        DossierAccess.Record(context, dossier, "Revisión de requisitos", missing.Count == 0 ? "Documentación completa" : string.Join("; ", missing));

        return ActivityResult.Done(missing.Count == 0 ? "Documentación completa." : $"Faltan {missing.Count} requisito(s).", new JsonObject
        {
            ["complete"] = missing.Count == 0,
            ["missingItems"] = new JsonArray(missing.Select(m => (JsonNode)m!).ToArray()),
        });
    }

    public sealed record ReviewedDocument(string Code, bool Received, bool Legible, bool Signed, string? Note);

    private static Dictionary<string, ReviewedDocument> ReadReview(JsonNode? documents)
    {
        if (documents is not JsonArray items)
            throw new ActivityFailedException("The review did not give a 'documents' list (code, received, legible, signed per item).");
        try
        {
            return items.Deserialize<List<ReviewedDocument>>(WorkflowJson.Options)!
                .Where(d => !string.IsNullOrWhiteSpace(d.Code))
                .GroupBy(d => d.Code.Trim().ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.Last());
        }
        catch (JsonException ex)
        {
            throw new ActivityFailedException($"The 'documents' list is malformed: {ex.Message}");
        }
    }
}
