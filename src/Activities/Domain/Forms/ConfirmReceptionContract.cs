using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>Step 11, form <c>confirm-reception</c>: the number of the reception record Condebamba signed (ADM-ARC-P01).</summary>
public sealed class ConfirmReceptionContract(BusinessCalendar calendar) : ITaskContract
{
    public const string Key = "confirm-reception";
    public const string ReceiptNumber = "receiptNumber";

    public static readonly FormContract Form = new(Key, FormTexts.FormConfirmReception.With(),
        [FormField.Text(ReceiptNumber, FormTexts.LabelReceiptNumber.With(), 60, required: true)]);

    FormContract ITaskContract.Form => Form;

    public Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken) =>
        TaskChecks.RunAsync(Form, calendar, output, () => Task.FromResult(TaskChecks.None));
}
