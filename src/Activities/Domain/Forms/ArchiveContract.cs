using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>
/// Step 9, form <c>archive</c>: the box the manager files the dossier in (or none: the first box of its class with room).
/// The box must exist, be open and have room now; a box that fills between this check and the commit still ends in an incident.
/// </summary>
public sealed class ArchiveContract(DbContext db, BoxAssignment boxes, BusinessCalendar calendar) : ITaskContract
{
    public const string Key = "archive";
    public const string BoxCode = "boxCode";

    public static readonly FormContract Form = new(Key, FormTexts.FormArchive.With(),
        [FormField.Text(BoxCode, FormTexts.LabelBox.With(), 40)],
        [FormRule.OnServer(FormTexts.RuleArchiveBoxHasRoom)]);

    FormContract ITaskContract.Form => Form;

    public Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken) =>
        TaskChecks.RunAsync(Form, calendar, output, () => BoxHasRoomAsync(output, cancellationToken));

    private async Task<IReadOnlyList<FieldError>> BoxHasRoomAsync(TaskOutput output, CancellationToken cancellationToken)
    {
        if (FormValues.Text(output.Data[BoxCode]) is { } code)
        {
            // Tracked: the archive activity of the same move then takes this box from the tracker (BoxAssignment.PickAsync).
            var box = await ArchiveQueries.BoxAsync(db, code, cancellationToken);
            if (box is null) return [new FieldError(BoxCode, FormTexts.ArchiveBoxUnknown.With(code))];
            if (box.Closed) return [new FieldError(BoxCode, FormTexts.ArchiveBoxClosed.With(box.Code))];
            return BoxAssignment.HasRoom(box) ? TaskChecks.None : [new FieldError(BoxCode, FormTexts.ArchiveBoxFull.With(box.Code, box.Filled, box.Capacity))];
        }
        if (await TaskChecks.DossierAsync(db, output, cancellationToken) is not { } dossier) return TaskChecks.None;
        var classification = dossier.ClassificationCode ?? "";
        return await boxes.CheckFirstWithRoomAsync(classification, cancellationToken) is null
            ? [new FieldError(BoxCode, FormTexts.ArchiveNoRoom.With(classification))]
            : TaskChecks.None;
    }
}
