using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Requests;

/// <summary>
/// Step 10.2: the documentation was recovered and handed over as a scan (the uploaded file), a photocopy, or the original
/// on loan until its due-back date (the archive then records it as out until it is marked back).
/// </summary>
public sealed class RecordDeliveryActivity : IWorkflowActivity
{
    private static readonly IReadOnlyList<string> Methods = DeliverDocumentationContract.DeliveryMethods;

    public ActivityDescriptor Descriptor { get; } = new("record-delivery", "Registrar entrega",
        "Registra la entrega de la documentación escaneada (archivo subido), en fotocopia o del original en préstamo.",
        [DeliverDocumentationContract.DeliveryMethod, DeliverDocumentationContract.AttachmentId, DeliverDocumentationContract.DossierOrderNumber,
            DeliverDocumentationContract.DueBackOn], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var method = context.OptionalString(DeliverDocumentationContract.DeliveryMethod);
        if (method is null || !Methods.Contains(method))
            throw new ActivityFailedException(DomainTexts.DeliveryMethodInvalid.With());
        var request = await RequestAccess.LoadAsync(context, cancellationToken);

        if (context.OptionalString(DeliverDocumentationContract.DossierOrderNumber) is { Length: > 0 } orderNumber)
            request.DossierId = (await DossierLookup.ByOrderNumberAsync(context.Db, orderNumber, tracked: false, cancellationToken))?.Id
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
        var how = method == DeliverDocumentationContract.Scan ? "escaneada" : "en fotocopia";
        if (method == DeliverDocumentationContract.Loan)
            how = $"el original en préstamo hasta el {Lend(context, request).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        request.Status = RetrievalStatus.Recovered;
        request.DeliveryMethod = method;
        request.ResolvedAt = context.Now;
        request.ResolvedBy = context.Actor;
        RequestNotifications.Announce(context, request);
        await RequestAccess.RecordOnDossierAsync(context, request, "Entregado", $"Solicitud {request.Number}: entregado {how} a {request.RequestedBy}", cancellationToken);
        return ActivityResult.Done($"Entregado {how} a {request.RequestedBy}.");
    }

    /// <summary>The original leaves the archive: it stays recorded as out, and keeps the dossier from Condebamba, until marked back.</summary>
    private static DateOnly Lend(ActivityContext context, RetrievalRequest request)
    {
        var due = DateOnly.TryParseExact(context.OptionalString(DeliverDocumentationContract.DueBackOn), FormValues.DateFormat, out var day) ? day
            : throw new ActivityFailedException(DomainTexts.DeliveryLoanWithoutDueDate.With());
        context.Db.Set<OriginalLoan>().Add(new OriginalLoan
        {
            DossierId = request.DossierId!.Value, RequestId = request.Id, RequestNumber = request.Number,
            LentTo = request.RequestingUnit is { Length: > 0 } unit ? $"{request.RequestedBy} ({unit})" : request.RequestedBy,
            LentAt = context.Now, LentBy = context.Actor, DueBackOn = due,
        });
        return due;
    }
}
