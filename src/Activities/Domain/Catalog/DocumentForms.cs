namespace WorkflowArchive.Domain.Catalog;

/// <summary>
/// The forms of one document: what a requirement says the archive keeps ("Documentos de venta: 1 original, 1 copia")
/// and what arrived in the binder.
/// </summary>
[Flags]
public enum DocumentForms
{
    None = 0,
    Original = 1,
    Copy = 2,
    Both = Original | Copy,
}

public static class DocumentFormRules
{
    /// <summary>
    /// What the archive still lacks of what it must keep. A copy-only rule is met by an original too (a copy can be
    /// made of it); an original can never be made of a copy.
    /// </summary>
    public static DocumentForms Lacking(DocumentForms keeps, DocumentForms arrived) =>
        keeps == DocumentForms.Copy ? (arrived == DocumentForms.None ? DocumentForms.Copy : DocumentForms.None) : keeps & ~arrived;
}
