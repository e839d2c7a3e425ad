using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Catalog;

/// <summary>
/// The catalog every installation starts with: the cooperative's services and transactions, and the documents
/// "Venta de Servicios" requires for them. Process owners publish new requirement versions through the API.
/// </summary>
public static class DefaultCatalog
{
    public static readonly ServiceType[] Services =
    [
        new() { Code = "telefonia-fija", Name = "Telefonía fija" },
        new() { Code = "internet", Name = "Internet" },
        new() { Code = "tv-cable", Name = "TV cable" },
        new() { Code = "movil", Name = "Telefonía móvil" },
        new() { Code = "datos-empresariales", Name = "Datos empresariales" },
    ];

    public static readonly TransactionType[] Transactions =
    [
        new() { Code = "venta-nueva", Name = "Venta nueva" },
        new() { Code = "cambio-titular", Name = "Cambio de titular", IsPostSale = true },
        new() { Code = "traslado", Name = "Traslado", IsPostSale = true },
        new() { Code = "cambio-plan", Name = "Cambio de plan", IsPostSale = true },
        new() { Code = "baja", Name = "Baja del servicio", IsPostSale = true },
        new() { Code = "reconexion", Name = "Reconexión", IsPostSale = true },
    ];

    public static List<RequirementItem> Requirements() =>
    [
        Item("*", "*", "solicitud", "Formulario de solicitud firmado", signed: true),
        Item("*", "*", "ci", "Fotocopia de cédula de identidad del titular", condition: RequirementCondition.PersonOnly),
        Item("*", "*", "ci-representante", "Fotocopia de cédula del representante legal", condition: RequirementCondition.CompanyOnly),
        Item("*", "*", "nit", "NIT de la empresa", condition: RequirementCondition.CompanyOnly),
        Item("*", "*", "documentos-empresa", "Testimonio de constitución y matrícula de comercio", condition: RequirementCondition.CompanyOnly),
        Item("*", "*", "poder", "Poder notariado del representante", condition: RequirementCondition.RepresentativeSigns),
        Item("*", "venta-nueva", "contrato", "Contrato de servicio firmado", signed: true),
        Item("*", "venta-nueva", "croquis", "Croquis o comprobante de domicilio"),
        Item("*", "traslado", "croquis", "Croquis o comprobante del nuevo domicilio"),
        Item("*", "cambio-titular", "contrato", "Contrato de servicio firmado por el nuevo titular", signed: true),
        Item("*", "cambio-titular", "carta-cesion", "Carta de cesión firmada por el titular anterior", signed: true),
        Item("*", "cambio-plan", "adenda", "Adenda de cambio de plan firmada", signed: true),
        Item("*", "baja", "carta-baja", "Carta de solicitud de baja firmada", signed: true),
        Item("*", "baja", "ultima-factura", "Última factura cancelada"),
        Item("*", "reconexion", "comprobante-pago", "Comprobante de pago de la deuda"),
        Item("telefonia-fija", "venta-nueva", "acta-instalacion", "Acta de instalación firmada", signed: true),
        Item("internet", "venta-nueva", "acta-instalacion", "Acta de instalación firmada", signed: true),
        Item("tv-cable", "venta-nueva", "acta-instalacion", "Acta de instalación firmada", signed: true),
        Item("movil", "venta-nueva", "acta-entrega-sim", "Acta de entrega de SIM firmada", signed: true),
    ];

    /// <summary>Adds whatever of the default catalog is missing; an existing installation keeps its own edits.</summary>
    public static async Task SeedAsync(DbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var services = await db.Set<ServiceType>().Select(s => s.Code).ToListAsync(cancellationToken);
        db.Set<ServiceType>().AddRange(Services.Where(s => !services.Contains(s.Code)).Select(s => new ServiceType { Code = s.Code, Name = s.Name }));
        var transactions = await db.Set<TransactionType>().Select(t => t.Code).ToListAsync(cancellationToken);
        db.Set<TransactionType>().AddRange(Transactions.Where(t => !transactions.Contains(t.Code))
            .Select(t => new TransactionType { Code = t.Code, Name = t.Name, IsPostSale = t.IsPostSale }));
        if (!await db.Set<RequirementSet>().AnyAsync(cancellationToken))
            db.Set<RequirementSet>().Add(new RequirementSet
            {
                Version = 1, EffectiveFrom = new DateOnly(2020, 1, 1), Comment = "Requisitos según Venta de Servicios (COM-DSC-P02)",
                CreatedAt = time.GetUtcNow(), CreatedBy = "sistema", Items = Requirements(),
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The procedure's table keeps sale documents as 1 original and 1 copy: the ones the customer signs here. What the customer
    /// brings (CI, NIT, papers, receipts) stays with them; the archive keeps a copy.
    /// </summary>
    private static RequirementItem Item(string service, string transaction, string code, string name, bool signed = false,
        RequirementCondition condition = RequirementCondition.Always) =>
        new()
        {
            ServiceCode = service, TransactionCode = transaction, DocumentCode = code, DocumentName = name, MustBeSigned = signed, Condition = condition,
            Keeps = signed ? DocumentForms.Both : DocumentForms.Copy,
        };
}
