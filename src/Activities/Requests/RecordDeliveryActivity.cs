using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Requests;

/// <summary>Step 10.2: the documentation was recovered and handed over as a scan or a photocopy.</summary>
public sealed class RecordDeliveryActivity : IWorkflowActivity
{
    private static readonly string[] Methods = ["scan", "photocopy"];

    public ActivityDescriptor Descriptor { get; } = new("record-delivery", "Registrar entrega",
        "Registra la entrega de la documentación escaneada o en fotocopia.", ["deliveryMethod"], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var method = context.OptionalString("deliveryMethod");
        if (method is null || !Methods.Contains(method))
            throw new ActivityFailedException($"'deliveryMethod' must be one of: {string.Join(", ", Methods)}.");

        var request = await RequestAccess.LoadAsync(context, cancellationToken);
        request.Status = RetrievalStatus.Recovered;
        request.DeliveryMethod = method;
        request.ResolvedAt = context.Now;
        request.ResolvedBy = context.Actor;
        var how = method == "scan" ? "escaneada" : "en fotocopia";
        await RequestAccess.RecordOnDossierAsync(context, request, "Entregado", $"Solicitud {request.Number}: entregado {how} a {request.RequestedBy}", cancellationToken);
        return ActivityResult.Done($"Entregado {how} a {request.RequestedBy}.");
    }
}
