using System.Text.Json.Nodes;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;
using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 8: gives the dossier its classification code under the archive protocol (year / service / transaction / advisor).</summary>
public sealed class ClassifyDossierActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("classify-dossier", "Clasificar según protocolo",
        "Asigna el código de clasificación del protocolo de archivo.", [], ["classificationCode"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        dossier.ClassificationCode = string.Join('/',
            dossier.SaleDate.Year.ToString(),
            Slug(dossier.ServiceType),
            Slug(dossier.TransactionType),
            Slug(dossier.Advisor));
        dossier.Status = DossierStatus.Classified;
        DossierAccess.Record(context, dossier, "Clasificado", dossier.ClassificationCode);
        return ActivityResult.Done($"Clasificado como {dossier.ClassificationCode}.",
            new JsonObject { ["classificationCode"] = dossier.ClassificationCode });
    }

    private static string Slug(string text) => RoleNames.FromLaneName(text) ?? "sin-dato";
}
