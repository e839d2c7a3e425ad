using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Workflows.Contracts;

namespace WorkflowArchive.Host.Components.Tasks;

/// <summary>
/// The form each user task opens with, by its BPMN <c>wa:formKey</c>. A task without a known form (one a process
/// owner added in the designer) gets the generic form, so it can always be completed.
/// </summary>
public static class TaskForms
{
    private static readonly Dictionary<string, (Type Form, FormContract Contract)> Forms = new()
    {
        [ChecklistReviewContract.Key] = (typeof(ChecklistReviewForm), ChecklistReviewContract.Form),
        [CorrectionContract.Key] = (typeof(CorrectionForm), CorrectionContract.Form),
        [ArchiveContract.Key] = (typeof(ArchiveForm), ArchiveContract.Form),
        [DeliverDocumentationContract.Key] = (typeof(DeliverDocumentationForm), DeliverDocumentationContract.Form),
        [ConfirmReceptionContract.Key] = (typeof(ConfirmReceptionForm), ConfirmReceptionContract.Form),
    };

    /// <summary>What the designer calls each form when a process owner picks one for a task: its contract's name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = Forms.ToDictionary(f => f.Key, f => f.Value.Contract.Name.ToString());

    public static IReadOnlyCollection<string> Keys => Forms.Keys;

    public static Type For(string? formKey) => formKey is not null && Forms.TryGetValue(formKey, out var form) ? form.Form : typeof(GenericTaskForm);
}
