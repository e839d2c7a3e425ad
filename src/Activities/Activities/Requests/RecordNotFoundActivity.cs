using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Requests;

/// <summary>Step 10 failed: the documentation could not be recovered. Counts against the retention KPI.</summary>
public sealed class RecordNotFoundActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("record-not-found", "Registrar no encontrada",
        "Registra que la documentación solicitada no se encontró, con el motivo.", [DeliverDocumentationContract.NotFoundReason], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var request = await RequestAccess.LoadAsync(context, cancellationToken);
        request.Status = RetrievalStatus.NotFound;
        request.NotFoundReason = context.OptionalString(DeliverDocumentationContract.NotFoundReason) ?? "Sin motivo indicado";
        request.ResolvedAt = context.Now;
        request.ResolvedBy = context.Actor;
        RequestNotifications.Announce(context, request);
        await RequestAccess.RecordOnDossierAsync(context, request, "No encontrado", $"Solicitud {request.Number}: {request.NotFoundReason}", cancellationToken);
        return ActivityResult.Done($"No encontrada: {request.NotFoundReason}.");
    }
}
