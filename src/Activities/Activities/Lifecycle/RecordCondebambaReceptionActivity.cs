using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Closes the procedure: Condebamba's reception (ADM-ARC-P01) gave a receipt number; custody and location change.</summary>
public sealed class RecordCondebambaReceptionActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("record-condebamba-reception", "Registrar recepción en Condebamba",
        "Registra el número de recepción de Condebamba y cambia custodia y ubicación.", [ConfirmReceptionContract.ReceiptNumber], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var receipt = context.OptionalString(ConfirmReceptionContract.ReceiptNumber)?.Trim();
        if (string.IsNullOrEmpty(receipt))
            throw new ActivityFailedException(DomainTexts.ReceptionReceiptMissing.With());

        var (dossier, manifest) = await ManifestQueries.DossierAndManifestAsync(context, cancellationToken);
        // A dossier's reception task may be completed on its own, from the inbox: the remisión is received with it.
        if (manifest is { Status: not ManifestStatus.Received })
            await ManifestReceipt.RecordAsync(context.Db, manifest, receipt, context.Now, context.Actor, cancellationToken);
        dossier.CondebambaReceipt = receipt;
        dossier.Custody = Custodies.Condebamba;
        dossier.Location = $"{Custodies.Condebamba}, recepción {receipt}" + (manifest is null ? "" : $" (remisión {manifest.Number})");
        dossier.TransferredAt = context.Now;
        dossier.Status = DossierStatus.Transferred;
        DossierAccess.Record(context, dossier, "Recibido en Condebamba", $"Recepción {receipt}");
        return ActivityResult.Done($"Recibido en Condebamba con n.º {receipt}.");
    }
}
