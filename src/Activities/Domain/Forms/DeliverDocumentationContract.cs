using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Step 10.2, form <c>deliver-documentation</c>: the documentation was found and handed over (as a scan, whose file was
/// uploaded to this request, or as a photocopy) or it was not found, with the reason. Its values are the ones the
/// workflow's condition (<c>${outcome === 'recovered'}</c>) and <see cref="RecordDeliveryActivity"/> read.
/// </summary>
public sealed class DeliverDocumentationContract(DbContext db, BusinessCalendar calendar) : ITaskContract
{
    public const string Key = "deliver-documentation";
    public const string Outcome = "outcome";
    public const string DeliveryMethod = "deliveryMethod";
    public const string AttachmentId = "attachmentId";
    public const string DossierOrderNumber = "dossierOrderNumber";
    public const string NotFoundReason = "notFoundReason";

    public const string Recovered = "recovered";
    public const string NotFound = "not-found";
    public const string Scan = "scan";
    public const string Photocopy = "photocopy";

    public static readonly IReadOnlyList<string> DeliveryMethods = [Scan, Photocopy];

    public static readonly FormContract Form = new(Key, FormTexts.FormDeliverDocumentation.With(),
    [
        FormField.Choice(Outcome, FormTexts.LabelOutcome.With(),
            [new FieldChoice(Recovered, FormTexts.ChoiceRecovered.With()), new FieldChoice(NotFound, FormTexts.ChoiceNotFound.With())], required: true),
        FormField.Choice(DeliveryMethod, FormTexts.LabelDeliveryMethod.With(),
            [new FieldChoice(Scan, FormTexts.ChoiceScan.With()), new FieldChoice(Photocopy, FormTexts.ChoicePhotocopy.With())])
            with { RequiredWhen = FormTexts.WhenRecovered.With() },
        FormField.Text(AttachmentId, FormTexts.LabelAttachment.With(), 36) with { RequiredWhen = FormTexts.WhenScan.With() },
        FormField.Text(DossierOrderNumber, FormTexts.LabelDeliveredDossier.With(), 40) with { RequiredWhen = FormTexts.WhenSeveralCandidates.With() },
        FormField.Text(NotFoundReason, FormTexts.LabelNotFoundReason.With(), 500) with { RequiredWhen = FormTexts.WhenNotFound.With() },
    ],
    [
        FormRule.OnData(FormTexts.RuleDeliveryMethodWhenRecovered, MethodWhenRecovered),
        FormRule.OnData(FormTexts.RuleDeliveryScanNeedsFile, ScanNeedsFile),
        FormRule.OnData(FormTexts.RuleDeliveryReasonWhenNotFound, ReasonWhenNotFound),
        FormRule.OnServer(FormTexts.RuleDeliveryFileOfRequest),
        FormRule.OnServer(FormTexts.RuleDeliveryDossierKnown),
    ]);

    FormContract ITaskContract.Form => Form;

    public Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken) =>
        TaskChecks.RunAsync(Form, calendar, output, () => DeliveryRecordsAsync(output, cancellationToken));

    private static IEnumerable<FieldError> MethodWhenRecovered(FormInput input)
    {
        if (input.Text(Outcome) == Recovered && input.Text(DeliveryMethod) is null)
            yield return new FieldError(DeliveryMethod, FormTexts.DeliveryMethodMissing.With());
    }

    private static IEnumerable<FieldError> ScanNeedsFile(FormInput input)
    {
        if (input.Text(Outcome) == Recovered && input.Text(DeliveryMethod) == Scan && input.Text(AttachmentId) is null)
            yield return new FieldError(AttachmentId, FormTexts.DeliveryFileMissing.With());
    }

    private static IEnumerable<FieldError> ReasonWhenNotFound(FormInput input)
    {
        if (input.Text(Outcome) == NotFound && input.Text(NotFoundReason) is null)
            yield return new FieldError(NotFoundReason, FormTexts.DeliveryReasonMissing.With());
    }

    private async Task<IReadOnlyList<FieldError>> DeliveryRecordsAsync(TaskOutput output, CancellationToken cancellationToken)
    {
        var data = output.Data;
        if (FormValues.Text(data[Outcome]) != Recovered) return TaskChecks.None;
        var request = await db.Set<RetrievalRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == output.BusinessKey, cancellationToken);
        if (request is null) return TaskChecks.None;

        var errors = new List<FieldError>();
        if (FormValues.Text(data[DossierOrderNumber]) is { } orderNumber)
        {
            if (!await db.Set<Dossier>().AnyAsync(d => d.OrderNumber == orderNumber, cancellationToken))
                errors.Add(new FieldError(DossierOrderNumber, FormTexts.DeliveryDossierUnknown.With(orderNumber)));
        }
        else if (request.DossierId is null)
        {
            var candidates = output.Variables["candidates"] is JsonArray found ? found.Count : 0;
            errors.Add(new FieldError(DossierOrderNumber, FormTexts.DeliveryDossierMissing.With(candidates)));
        }
        if (FormValues.Text(data[DeliveryMethod]) == Scan)
        {
            var attachmentId = Guid.TryParse(FormValues.Text(data[AttachmentId]), out var id) ? id : Guid.Empty;
            if (!await db.Set<Attachment>().AnyAsync(a => a.Id == attachmentId && a.RequestId == request.Id, cancellationToken))
                errors.Add(new FieldError(AttachmentId, FormTexts.DeliveryFileUnknown.With()));
        }
        return errors;
    }
}
