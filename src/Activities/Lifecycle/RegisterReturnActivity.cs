using System.Text.Json.Nodes;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 6: logs the return of an incomplete dossier to the advisor who made the sale, with what is missing.</summary>
public sealed class RegisterReturnActivity : IWorkflowActivity
{
    public const string ReturnedMessage = "DossierReturned";

    public ActivityDescriptor Descriptor { get; } = new("register-return", "Registrar devolución",
        "Registra la devolución al asesor con los requisitos faltantes o diferencias con Smartflex.",
        ["missingItems", "smartflexMismatches"], ["returnCount", "returnReasons"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var reasons = Texts(context.Variables["missingItems"])
            .Concat(Texts(context.Variables["smartflexMismatches"]).Select(m => $"Smartflex no coincide: {m}"))
            .ToList();
        if (reasons.Count == 0) reasons.Add("Documentación observada en la revisión");

        dossier.ReturnCount++;
        dossier.Status = DossierStatus.Returned;
        DossierAccess.Record(context, dossier, "Devuelto al asesor", $"Devolución n.º {dossier.ReturnCount} a {dossier.Advisor}: {string.Join("; ", reasons)}");
        context.Outbox.Enqueue(ReturnedMessage, new { dossier.OrderNumber, dossier.Advisor, dossier.ReturnCount, Reasons = reasons },
            $"dossier-returned:{dossier.Id}:{dossier.ReturnCount}");

        return ActivityResult.Done($"Devolución n.º {dossier.ReturnCount} registrada.", new JsonObject
        {
            ["returnCount"] = dossier.ReturnCount,
            ["returnReasons"] = new JsonArray(reasons.Select(r => (JsonNode)r!).ToArray()),
        });
    }

    private static IEnumerable<string> Texts(JsonNode? node) =>
        node is JsonArray array ? array.Select(i => i?.ToString()).Where(s => !string.IsNullOrWhiteSpace(s))! : [];
}
