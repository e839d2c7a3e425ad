using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Reminds the advisor and tells the document manager that a returned dossier was not sent back in time.</summary>
public sealed class EscalateOverdueCorrectionActivity : IWorkflowActivity
{
    public const string OverdueMessage = "CorrectionOverdue";

    public ActivityDescriptor Descriptor { get; } = new("escalate-overdue-correction", "Avisar corrección vencida",
        "Registra y notifica al gestor que la corrección del asesor venció.", [], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        DossierAccess.Record(context, dossier, "Corrección vencida", $"{dossier.AdvisorCode} no devolvió el expediente a tiempo.");
        context.Outbox.Enqueue(OverdueMessage, new { dossier.OrderNumber, dossier.AdvisorCode, dossier.ReturnCount },
            $"correction-overdue:{dossier.Id}:{dossier.ReturnCount}:{context.ElementId}");
        return ActivityResult.Done($"Aviso de corrección vencida para {dossier.AdvisorCode}.");
    }
}
