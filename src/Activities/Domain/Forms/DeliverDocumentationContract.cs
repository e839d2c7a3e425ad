using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Step 10.2, form <c>deliver-documentation</c>: the documentation was found and handed over (as a scan, whose file was
/// uploaded to this request, as a photocopy, or the original itself on loan until a due-back date after today) or it was
/// not found, with the reason. Its values are the ones the
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
    public const string DueBackOn = "dueBackOn";

    public const string Recovered = "recovered";
    public const string NotFound = "not-found";
    public const string Scan = "scan";
    public const string Photocopy = "photocopy";
    public const string Loan = "original-loan";

    public static readonly IReadOnlyList<string> DeliveryMethods = [Scan, Photocopy, Loan];

    public static readonly FormContract Form = new(Key, FormTexts.FormDeliverDocumentation.With(),
    [
        FormField.Choice(Outcome, FormTexts.LabelOutcome.With(),
            [new FieldChoice(Recovered, FormTexts.ChoiceRecovered.With()), new FieldChoice(NotFound, FormTexts.ChoiceNotFound.With())], required: true),
        FormField.Choice(DeliveryMethod, FormTexts.LabelDeliveryMethod.With(),
            [
                new FieldChoice(Scan, FormTexts.ChoiceScan.With()), new FieldChoice(Photocopy, FormTexts.ChoicePhotocopy.With()),
                new FieldChoice(Loan, FormTexts.ChoiceOriginalLoan.With()),
            ])
            with { RequiredWhen = FormTexts.WhenRecovered.With() },
        FormField.Date(DueBackOn, FormTexts.LabelDueBackOn.With()) with { RequiredWhen = FormTexts.WhenLoan.With() },
        FormField.Text(AttachmentId, FormTexts.LabelAttachment.With(), 36) with { RequiredWhen = FormTexts.WhenScan.With() },
        FormField.Text(DossierOrderNumber, FormTexts.LabelDeliveredDossier.With(), 40) with { RequiredWhen = FormTexts.WhenSeveralCandidates.With() },
        FormField.Text(NotFoundReason, FormTexts.LabelNotFoundReason.With(), 500) with { RequiredWhen = FormTexts.WhenNotFound.With() },
    ],
    [
        FormRule.OnData(FormTexts.RuleDeliveryMethodWhenRecovered, MethodWhenRecovered),
        FormRule.OnData(FormTexts.RuleDeliveryScanNeedsFile, ScanNeedsFile),
        FormRule.OnData(FormTexts.RuleDeliveryLoanDueBack, LoanDueBackAfterToday),
        FormRule.OnData(FormTexts.RuleDeliveryReasonWhenNotFound, ReasonWhenNotFound),
        FormRule.OnServer(FormTexts.RuleDeliveryFileOfRequest),
        FormRule.OnServer(FormTexts.RuleDeliveryDossierKnown),
        FormRule.OnServer(FormTexts.RuleDeliveryOriginalAvailable),
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

    /// <summary>An original lent without a date, or with one already here, would never be asked back.</summary>
    private static IEnumerable<FieldError> LoanDueBackAfterToday(FormInput input)
    {
        if (input.Text(Outcome) != Recovered || input.Text(DeliveryMethod) != Loan) yield break;
        if (input.Date(DueBackOn) is not { } due) yield return new FieldError(DueBackOn, FormTexts.DeliveryDueBackMissing.With());
        else if (due <= input.Today) yield return new FieldError(DueBackOn, FormTexts.DeliveryDueBackNotFuture.With(due));
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
        var dossierId = request.DossierId;
        if (FormValues.Text(data[DossierOrderNumber]) is { } orderNumber)
        {
            dossierId = (await DossierLookup.ByOrderNumberAsync(db, orderNumber, tracked: false, cancellationToken))?.Id;
            if (dossierId is null) errors.Add(new FieldError(DossierOrderNumber, FormTexts.DeliveryDossierUnknown.With(orderNumber)));
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
        if (FormValues.Text(data[DeliveryMethod]) == Loan && dossierId is { } lent && await OriginalAvailableAsync(lent, cancellationToken) is { } refused)
            errors.Add(refused);
        return errors;
    }

    /// <summary>The original can be lent only from the division's archive, and only once at a time.</summary>
    private async Task<FieldError?> OriginalAvailableAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier.Status is DossierStatus.InTransfer or DossierStatus.Transferred)
            return new FieldError(DeliveryMethod, FormTexts.DeliveryOriginalAway.With(dossier.OrderNumber));
        var lentOut = await db.Set<OriginalLoan>().AsNoTracking().FirstOrDefaultAsync(l => l.DossierId == dossierId && l.ReturnedAt == null, cancellationToken);
        return lentOut is null ? null : new FieldError(DeliveryMethod, FormTexts.DeliveryOriginalOnLoan.With(dossier.OrderNumber, lentOut.RequestNumber));
    }
}
