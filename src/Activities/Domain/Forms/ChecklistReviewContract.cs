using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Step 5.2, form <c>checklist-review</c>: the manager decides every document the requirement set in force on the sale
/// date asks for (received; if received, which forms arrived, legible; if it must be signed, signed). Nothing is assumed:
/// a document left undecided keeps the review from being registered.
/// </summary>
public sealed class ChecklistReviewContract(DbContext db, RequirementCatalog catalog, BusinessCalendar calendar) : ITaskContract
{
    public const string Key = "checklist-review";
    public const string Documents = "documents";
    public const string Code = "code";
    public const string Received = "received";
    public const string Forms = "forms";
    public const string Legible = "legible";
    public const string Signed = "signed";
    public const string Note = "note";
    public const string ReturnReason = "returnReason";

    public static readonly FormContract Form = new(Key, FormTexts.FormChecklistReview.With(),
    [
        FormField.List(Documents, FormTexts.LabelDocuments.With(), Code,
        [
            FormField.Text(Code, FormTexts.LabelDocumentCode.With(), 60, required: true),
            FormField.Boolean(Received, FormTexts.LabelReceived.With(), required: true),
            FormField.Choice(Forms, FormTexts.LabelForms.With(),
                DocumentFormLabels.Choices.Select(f => new FieldChoice(DocumentFormLabels.Value(f), DocumentFormLabels.Label(f).With())).ToList())
                with { RequiredWhen = FormTexts.WhenReceived.With() },
            FormField.Boolean(Legible, FormTexts.LabelLegible.With()) with { RequiredWhen = FormTexts.WhenReceived.With() },
            FormField.Boolean(Signed, FormTexts.LabelSigned.With()) with { RequiredWhen = FormTexts.WhenReceivedAndSignable.With() },
            FormField.Text(Note, FormTexts.LabelNote.With(), 500),
        ], required: true),
        FormField.Text(ReturnReason, FormTexts.LabelReturnReason.With(), 500),
    ],
    [
        FormRule.OnData(FormTexts.RuleReviewListedDecided, EachListedDecided),
        FormRule.OnData(FormTexts.RuleReviewFormsDecided, EachReceivedSaysForms),
        FormRule.OnData(FormTexts.RuleReviewDocumentOnce, EachDocumentOnce),
        FormRule.OnServer(FormTexts.RuleReviewCoversRequirements),
    ]);

    FormContract ITaskContract.Form => Form;

    /// <summary>"Falta 1 decisión." / "Faltan N decisiones.": the preview's words and the reason the form cannot be sent yet.</summary>
    public static Text DecisionsMissing(int count) =>
        count == 1 ? FormTexts.ReviewDecisionMissing.With() : FormTexts.ReviewDecisionsMissing.With(count);

    public Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken) =>
        TaskChecks.RunAsync(Form, calendar, output, () => CoversRequirementsAsync(output, cancellationToken));

    private static IEnumerable<FieldError> EachListedDecided(FormInput input)
    {
        var undecided = 0;
        var list = Form.Field(Documents);
        foreach (var (item, index) in input.Items(Documents).Select((item, index) => (item, index)))
        {
            var received = FormValues.Boolean(item[Received]);
            var legibleSaid = FormValues.Boolean(item[Legible]) is not null;
            // A document found is decided once its forms and legibility are said too (EachReceivedSaysForms points at the forms).
            if (received is null || (received == true && (FormValues.Text(item[Forms]) is null || !legibleSaid))) undecided++;
            if (received == true && !legibleSaid)
                yield return new FieldError($"{list.PathOf(item, index)}.{Legible}", FormTexts.ReviewLegibleUndecided.With());
        }
        if (undecided > 0) yield return new FieldError(Documents, DecisionsMissing(undecided));
    }

    /// <summary>Whether the archive holds the original, the copy or both is what the requirement's rule is judged on: never assumed.</summary>
    private static IEnumerable<FieldError> EachReceivedSaysForms(FormInput input)
    {
        var list = Form.Field(Documents);
        foreach (var (item, index) in input.Items(Documents).Select((item, index) => (item, index)))
            if (FormValues.Boolean(item[Received]) == true && FormValues.Text(item[Forms]) is null)
                yield return new FieldError($"{list.PathOf(item, index)}.{Forms}", FormTexts.ReviewFormsUndecided.With());
    }

    private static IEnumerable<FieldError> EachDocumentOnce(FormInput input) =>
        input.Items(Documents).Select(item => FormValues.Text(item[Code])).OfType<string>()
            .GroupBy(code => code.ToLowerInvariant()).Where(g => g.Count() > 1)
            .Select(g => new FieldError($"{Documents}.{g.First()}", FormTexts.ReviewDocumentRepeated.With(g.First())));

    private async Task<IReadOnlyList<FieldError>> CoversRequirementsAsync(TaskOutput output, CancellationToken cancellationToken)
    {
        // Tracked, read with its documents: the review activity of the same move then takes them from the tracker.
        if (await DossierForReview.DossierAndSetAsync(db, output.BusinessKey, TaskChecks.HeldDossier(db, output), catalog, cancellationToken)
            is not ({ } dossier, { } set)) return TaskChecks.None;
        var required = RequirementCatalog.RequiredFor(set, dossier);
        var listed = FormValues.Items(output.Data[Documents])
            .Where(item => FormValues.Text(item[Code]) is not null)
            .ToDictionary(item => FormValues.Text(item[Code])!.ToLowerInvariant(), item => item);

        var errors = new List<FieldError>();
        var notListed = required.Where(r => !listed.ContainsKey(r.DocumentCode)).ToList();
        errors.AddRange(notListed.Select(r => new FieldError($"{Documents}.{r.DocumentCode}", FormTexts.ReviewDocumentUndecided.With(r.DocumentName))));
        if (notListed.Count > 0) errors.Add(new FieldError(Documents, DecisionsMissing(notListed.Count)));
        foreach (var item in required.Where(r => r.MustBeSigned && listed.ContainsKey(r.DocumentCode)))
        {
            var entry = listed[item.DocumentCode];
            if (FormValues.Boolean(entry[Received]) == true && FormValues.Boolean(entry[Signed]) is null)
                errors.Add(new FieldError($"{Documents}.{item.DocumentCode}.{Signed}", FormTexts.ReviewSignatureUndecided.With(item.DocumentName)));
        }
        return errors;
    }
}
