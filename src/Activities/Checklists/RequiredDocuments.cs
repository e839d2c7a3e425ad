namespace WorkflowArchive.Activities.Checklists;

public sealed record RequiredDocument(string Code, string Name, bool OnlyForCompanies = false, bool MustBeSigned = false);

/// <summary>
/// Step 5.2's list of documents a transaction needs (from "Venta de Servicios"). The common core for every
/// sale and post-sale; company customers add their NIT and company papers.
/// </summary>
public static class RequiredDocuments
{
    public static readonly IReadOnlyList<RequiredDocument> Default =
    [
        new("contrato", "Contrato de servicio firmado", MustBeSigned: true),
        new("ci", "Fotocopia de cédula de identidad del titular"),
        new("solicitud", "Formulario de solicitud", MustBeSigned: true),
        new("nit", "NIT de la empresa", OnlyForCompanies: true),
        new("poder", "Poder notariado del representante legal", OnlyForCompanies: true),
    ];

    public static IReadOnlyList<RequiredDocument> For(bool customerIsCompany) =>
        Default.Where(d => !d.OnlyForCompanies || customerIsCompany).ToList();
}
