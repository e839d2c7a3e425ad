using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Printing;

/// <summary>
/// The remisión to Condebamba as the ADM-ARC-P01 hand-over paper (step 11): who sends, to where, when, the remisión
/// number as Code128, one line per box with its dossiers and order-number range, totals, three signature blocks
/// (sends, carries, receives), and an annex listing every dossier.
/// </summary>
public static class RemisionPdf
{
    public static byte[] Build(ManifestView view, string boxCode, PaperDates dates, DateTimeOffset printedAt)
    {
        var m = view.Manifest;
        var orders = view.Dossiers.Select(d => d.OrderNumber).Order(StringComparer.Ordinal).ToList();
        var range = orders.Count == 0 ? "—" : $"{orders[0]} a {orders[^1]}";
        using var sheet = new PdfSheet($"Remisión {m.Number}", $"Remisión {m.Number} — ADM-ARC-P01 — impresa el {dates.Moment(printedAt)}");
        sheet.Heading("Remisión de documentación al Archivo Condebamba", 14);
        sheet.Text("Formulario ADM-ARC-P01 — Entrega y recepción de documentación", 9);
        sheet.Space(4);
        sheet.Barcode(m.Number);
        sheet.Field("Remisión", m.Number);
        sheet.Field("De", Custodies.DivisionArchive);
        sheet.Field("Para", Custodies.Condebamba);
        sheet.Field("Fecha", dates.Day(m.SentAt ?? m.CreatedAt));
        sheet.Field("Estado", Labels.Of(m.Status));
        if (m.CarriedBy is not null) sheet.Field("Transporta", m.CarriedBy);
        if (m.ReceiptNumber is not null) sheet.Field("Recibo Condebamba", m.ReceiptNumber);
        sheet.Space();
        sheet.Table(["Caja", "Ubicación", "Expedientes", "N.º de orden (desde – hasta)"], [0.12, 0.43, 0.13, 0.32],
            [[boxCode, m.BoxPath, view.Dossiers.Count.ToString(ArchiveCulture.Spanish), range]]);
        sheet.Text($"Total: 1 caja, {view.Dossiers.Count} expedientes.", 10, bold: true);
        sheet.Space(14);
        sheet.Signatures("Entrega (Archivo de la División)", "Transporta", "Recibe (Archivo Condebamba)");
        sheet.NewPage();
        sheet.Heading($"Anexo: expedientes de la remisión {m.Number}", 12);
        sheet.Table(["Pos.", "N.º de orden", "Cliente", "Asesor", "Fecha de venta"], [0.07, 0.22, 0.41, 0.14, 0.16],
            view.Dossiers.Select(d => (IReadOnlyList<string>)[d.Position?.ToString() ?? "—", d.OrderNumber, d.CustomerName, d.AdvisorCode,
                ArchiveCulture.Day(d.SaleDate)]));
        sheet.Text($"Total del anexo: {view.Dossiers.Count} expedientes.", 9.5, bold: true);
        return sheet.ToBytes();
    }
}
