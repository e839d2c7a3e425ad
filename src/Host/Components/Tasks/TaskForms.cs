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

    /// <summary>What the designer calls each form when a process owner picks one for a task.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["checklist-review"] = "Revisión según la lista de requisitos",
        ["correction"] = "Corrección del asesor",
        ["archive"] = "Archivo en una caja",
        ["deliver-documentation"] = "Entrega de documentación solicitada",
        ["confirm-reception"] = "Recepción en Condebamba",
    };

    public static IReadOnlyCollection<string> Keys => Forms.Keys;

    public static Type For(string? formKey) => formKey is not null && Forms.TryGetValue(formKey, out var form) ? form : typeof(GenericTaskForm);
}
