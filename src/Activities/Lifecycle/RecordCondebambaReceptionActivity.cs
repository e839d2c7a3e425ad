using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Closes the procedure: Condebamba's reception (ADM-ARC-P01) gave a receipt number; custody changes hands.</summary>
public sealed class RecordCondebambaReceptionActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("record-condebamba-reception", "Registrar recepción en Condebamba",
        "Registra el número de recepción de Condebamba y cambia la custodia.", ["receiptNumber"], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var receipt = context.OptionalString("receiptNumber");
        if (string.IsNullOrWhiteSpace(receipt))
            throw new ActivityFailedException("Condebamba's receipt number ('receiptNumber') is needed to record the reception.");

        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        dossier.CondebambaReceipt = receipt.Trim();
        dossier.Custody = Custodies.Condebamba;
        dossier.Location = $"{Custodies.Condebamba} (recepción {dossier.CondebambaReceipt})";
        dossier.TransferredAt = context.Now;
        dossier.Status = DossierStatus.Transferred;
        DossierAccess.Record(context, dossier, "Recibido en Condebamba", $"Recepción {dossier.CondebambaReceipt}");
        return ActivityResult.Done($"Recibido en Condebamba con n.º {dossier.CondebambaReceipt}.");
    }
}
