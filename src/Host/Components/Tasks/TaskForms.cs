namespace WorkflowArchive.Host.Components.Tasks;

/// <summary>
/// The form each user task opens with, by its BPMN <c>wa:formKey</c>. A task without a known form (one a process
/// owner added in the designer) gets the generic form, so it can always be completed.
/// </summary>
public static class TaskForms
{
    private static readonly Dictionary<string, Type> Forms = new()
    {
        ["checklist-review"] = typeof(ChecklistReviewForm),
        ["correction"] = typeof(CorrectionForm),
        ["archive"] = typeof(ArchiveForm),
        ["deliver-documentation"] = typeof(DeliverDocumentationForm),
        ["confirm-reception"] = typeof(ConfirmReceptionForm),
    };

    public static IReadOnlyCollection<string> Keys => Forms.Keys;

    public static Type For(string? formKey) => formKey is not null && Forms.TryGetValue(formKey, out var form) ? form : typeof(GenericTaskForm);
}
