using System.Text.Json.Nodes;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 11: once the two years are up, puts the dossier on a transfer manifest (remisión) to the Condebamba archive.</summary>
public sealed class TransferToCondebambaActivity : IWorkflowActivity
{
    public const string SentMessage = "DossierSentToCondebamba";

    public ActivityDescriptor Descriptor { get; } = new("transfer-to-condebamba", "Remitir a Condebamba",
        "Incluye el expediente en la remisión al Archivo Condebamba.", [], ["manifestNumber"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        if (dossier.Status != DossierStatus.Archived)
            throw new ActivityFailedException($"Dossier {dossier.OrderNumber} is {dossier.Status}, not archived: it cannot be sent to Condebamba.");
        dossier.ManifestNumber = $"REM-{context.Now:yyyyMMdd}-{dossier.ClassificationCode?.Split('/')[0] ?? "s-c"}";
        dossier.Status = DossierStatus.InTransfer;
        DossierAccess.Record(context, dossier, "Remitido a Condebamba", $"Remisión {dossier.ManifestNumber}, desde {dossier.Location}");
        context.Outbox.Enqueue(SentMessage, new { dossier.OrderNumber, dossier.ManifestNumber, dossier.Location }, $"dossier-sent:{dossier.Id}");
        return ActivityResult.Done($"En remisión {dossier.ManifestNumber}.", new JsonObject { ["manifestNumber"] = dossier.ManifestNumber });
    }
}
