using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 8: classifies the dossier under the archive protocol, so it can be found "when and where it is needed".</summary>
public sealed class ClassifyDossierActivity(ClassificationProtocol protocol) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("classify-dossier", "Clasificar según protocolo",
        "Asigna el código de clasificación del protocolo de archivo.", [], ["classificationCode"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        dossier.ClassificationCode = protocol.CodeFor(dossier);
        dossier.Status = DossierStatus.Classified;
        DossierAccess.Record(context, dossier, "Clasificado", dossier.ClassificationCode);
        return ActivityResult.Done($"Clasificado como {dossier.ClassificationCode}.",
            new JsonObject { ["classificationCode"] = dossier.ClassificationCode });
    }
}
