using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Requests;

/// <summary>Step 10.2: the documentation was recovered and handed over as a scan (the uploaded file) or a photocopy.</summary>
public sealed class RecordDeliveryActivity : IWorkflowActivity
{
    private static readonly IReadOnlyList<string> Methods = DeliverDocumentationContract.DeliveryMethods;

    public ActivityDescriptor Descriptor { get; } = new("record-delivery", "Registrar entrega",
        "Registra la entrega de la documentación escaneada (archivo subido) o en fotocopia.",
        [DeliverDocumentationContract.DeliveryMethod, DeliverDocumentationContract.AttachmentId, DeliverDocumentationContract.DossierOrderNumber], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var method = context.OptionalString(DeliverDocumentationContract.DeliveryMethod);
        if (method is null || !Methods.Contains(method))
            throw new ActivityFailedException(DomainTexts.DeliveryMethodInvalid.With());
        var request = await RequestAccess.LoadAsync(context, cancellationToken);

        if (context.OptionalString(DeliverDocumentationContract.DossierOrderNumber) is { Length: > 0 } orderNumber)
            request.DossierId = (await context.Db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber.Trim(), cancellationToken))?.Id
                ?? throw new ActivityFailedException(DomainTexts.DeliveredDossierNotFound.With(orderNumber));
        if (request.DossierId is null)
            throw new ActivityFailedException(DomainTexts.DeliveredDossierAmbiguous.With());

        if (method == DeliverDocumentationContract.Scan)
        {
            var attachmentId = Guid.TryParse(context.OptionalString(DeliverDocumentationContract.AttachmentId), out var id) ? id : Guid.Empty;
            var attachment = await context.Db.Set<Attachment>().FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == request.Id, cancellationToken)
                ?? throw new ActivityFailedException(DomainTexts.DeliveryScanMissing.With());
            attachment.DossierId = request.DossierId;
            request.AttachmentId = attachment.Id;
        }
        request.Status = RetrievalStatus.Recovered;
        request.DeliveryMethod = method;
        request.ResolvedAt = context.Now;
        request.ResolvedBy = context.Actor;
        var how = method == DeliverDocumentationContract.Scan ? "escaneada" : "en fotocopia";
        await RequestAccess.RecordOnDossierAsync(context, request, "Entregado", $"Solicitud {request.Number}: entregado {how} a {request.RequestedBy}", cancellationToken);
        return ActivityResult.Done($"Entregado {how} a {request.RequestedBy}.");
    }
}
