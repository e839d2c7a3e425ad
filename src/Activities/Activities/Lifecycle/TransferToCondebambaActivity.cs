using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 11: once the retention period is over, puts the dossier on its box's remisión to the Condebamba archive; never one
/// whose original is out on loan (the check before it waits for the return; this refuses whatever path led here).
/// </summary>
public sealed class TransferToCondebambaActivity(ManifestAssignment manifests, OriginalLoans loans) : IWorkflowActivity
{
    public const string SentMessage = "DossierSentToCondebamba";

    public ActivityDescriptor Descriptor { get; } = new("transfer-to-condebamba", "Remitir a Condebamba",
        "Incluye el expediente en la remisión de su caja al Archivo Condebamba.", [], ["manifestNumber"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        if (dossier.Status != DossierStatus.Archived)
            throw new ActivityFailedException(DomainTexts.DossierNotArchived.With(dossier.OrderNumber, StatusNames.Of(dossier.Status)));
        if ((await loans.OutForAsync(dossier.Id, cancellationToken)).FirstOrDefault() is { } lent)
            throw new ActivityFailedException(DomainTexts.TransferOriginalOnLoan.With(dossier.OrderNumber, lent.RequestNumber));
        var manifest = await manifests.AddAsync(dossier, context.Now, cancellationToken);
        dossier.Status = DossierStatus.InTransfer;
        DossierAccess.Record(context, dossier, "Remitido a Condebamba", $"Remisión {manifest.Number}, desde {dossier.Location}");
        context.Outbox.Enqueue(SentMessage, new { dossier.OrderNumber, ManifestNumber = manifest.Number, dossier.Location }, $"dossier-sent:{dossier.Id}");
        return ActivityResult.Done($"En remisión {manifest.Number}.", new JsonObject { ["manifestNumber"] = manifest.Number });
    }
}
