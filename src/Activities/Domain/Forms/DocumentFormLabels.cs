using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Domain.Forms;

/// <summary>How the forms of a document read ("Original y copia"), and the value each travels as in the review's output.</summary>
public static class DocumentFormLabels
{
    public const string Original = "original";
    public const string Copy = "copy";
    public const string Both = "both";

    public static readonly IReadOnlyList<DocumentForms> Choices = [DocumentForms.Original, DocumentForms.Copy, DocumentForms.Both];

    public static TextKey Label(DocumentForms forms) => forms switch
    {
        DocumentForms.Original => FormTexts.FormsOriginal,
        DocumentForms.Copy => FormTexts.FormsCopy,
        DocumentForms.Both => FormTexts.FormsBoth,
        _ => FormTexts.FormsNone,
    };

    public static string Value(DocumentForms forms) => forms switch
    {
        DocumentForms.Original => Original,
        DocumentForms.Copy => Copy,
        _ => Both,
    };

    public static DocumentForms? Parse(string? value) => value switch
    {
        Original => DocumentForms.Original,
        Copy => DocumentForms.Copy,
        Both => DocumentForms.Both,
        _ => null,
    };
}
