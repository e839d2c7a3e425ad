using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Step 7, form <c>correction</c>: the advisor sends a returned dossier back saying what they supplied, among the items
/// the open return observed, or what they did (a note). A correction that says nothing is refused.
/// </summary>
public sealed class CorrectionContract(DbContext db, BusinessCalendar calendar) : ITaskContract
{
    public const string Key = "correction";
    public const string Supplied = "supplied";
    public const string Note = "note";

    public static readonly FormContract Form = new(Key, FormTexts.FormCorrection.With(),
    [
        FormField.TextList(Supplied, FormTexts.LabelSupplied.With(), 60),
        FormField.Text(Note, FormTexts.LabelCorrectionNote.With(), 500),
    ],
    [
        FormRule.OnData(FormTexts.RuleCorrectionSaysWhat, SaysWhat),
        FormRule.OnServer(FormTexts.RuleCorrectionItemsReturned),
    ]);

    FormContract ITaskContract.Form => Form;

    public Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken) =>
        TaskChecks.RunAsync(Form, calendar, output, () => ItemsReturnedAsync(output, cancellationToken));

    /// <summary>
    /// The items of the open return the advisor can supply: the required documents the last review found defective; tracked
    /// for the check of a completion, whose move then records the correction on them.
    /// </summary>
    public static async Task<IReadOnlyList<DossierDocument>> ReturnedDocumentsAsync(DbContext db, Guid dossierId, bool tracked, CancellationToken cancellationToken)
    {
        var documents = await DossierQueries.RequiredDocumentsAsync(db, dossierId, tracked, cancellationToken);
        return documents.Where(d => d.Defect is not null).OrderBy(d => d.Code).ToList();
    }

    /// <summary>The return the advisor answers: the dossier's latest one not yet corrected; tracked for a completion's check.</summary>
    public static Task<DossierReturn?> OpenReturnAsync(DbContext db, Guid dossierId, bool tracked, CancellationToken cancellationToken) =>
        DossierQueries.OpenReturnAsync(db, dossierId, tracked, cancellationToken);

    private static IEnumerable<FieldError> SaysWhat(FormInput input)
    {
        if (input.Texts(Supplied).Count == 0 && input.Text(Note) is null)
            yield return new FieldError(Supplied, FormTexts.CorrectionEmpty.With());
    }

    private async Task<IReadOnlyList<FieldError>> ItemsReturnedAsync(TaskOutput output, CancellationToken cancellationToken)
    {
        var supplied = FormValues.Texts(output.Data[Supplied]).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (supplied.Count == 0 || await OpenReturnAndRequiredAsync(output, cancellationToken) is not ({ } open, var required)) return TaskChecks.None;
        var returned = required.Where(d => d.Defect is not null).Select(d => d.Code).ToHashSet();
        return supplied.Where(code => !returned.Contains(code))
            .Select(code => new FieldError(Supplied, FormTexts.CorrectionItemNotReturned.With(code, open.Number))).ToList();
    }

    /// <summary>
    /// The dossier's open return and required documents, tracked: the correction activity of the same move then takes
    /// them, and the dossier, from the tracker. One statement for all three unless the move holds the dossier already.
    /// </summary>
    private async Task<(DossierReturn? Open, IReadOnlyList<DossierDocument> Required)?> OpenReturnAndRequiredAsync(TaskOutput output, CancellationToken cancellationToken)
    {
        if (TaskChecks.HeldDossier(db, output) is { } held)
            return (await OpenReturnAsync(db, held.Id, tracked: true, cancellationToken),
                await DossierQueries.RequiredDocumentsAsync(db, held.Id, tracked: true, cancellationToken));
        return await DossierForCorrection.ReadAsync(db, output.BusinessKey, cancellationToken) is { } read ? (read.OpenReturn, read.Required) : null;
    }
}
