using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Printing;

/// <summary>The dossier's cover sheet (carátula), the first page in its folder: order number as Code128 and where it is filed.</summary>
public static class DossierCoverPdf
{
    public static byte[] Build(DossierDetail detail, PaperDates dates, DateTimeOffset printedAt)
    {
        var d = detail.Dossier;
        using var sheet = new PdfSheet($"Carátula del expediente {d.OrderNumber}", $"Carátula {d.OrderNumber} — impresa el {dates.Moment(printedAt)}");
        sheet.Heading("Carátula de expediente de venta / postventa", 14);
        sheet.Text("Gestión documental — Archivo de la División", 9);
        sheet.Space(6);
        sheet.Barcode(d.OrderNumber, height: 16 * PdfSheet.Millimetre, module: 0.4 * PdfSheet.Millimetre);
        sheet.Rule();
        sheet.Field("N.º de orden", d.OrderNumber, 12);
        sheet.Field("Cliente", d.CustomerName, 12);
        sheet.Field("CI / NIT", d.CustomerDocument, 12);
        sheet.Field("Servicio", d.ServiceCode, 12);
        sheet.Field("Transacción", d.TransactionCode, 12);
        sheet.Field("Asesor", $"{d.AdvisorCode} ({Labels.Of(d.Channel)})", 12);
        sheet.Field("Fecha de venta", ArchiveCulture.Day(d.SaleDate), 12);
        sheet.Rule();
        sheet.Field("Clasificación", detail.ClassificationCode, 12);
        sheet.Field("Caja", detail.BoxCode, 12);
        sheet.Field("Posición en la caja", detail.Position?.ToString(), 12);
        sheet.Field("Ubicación", d.Location, 12);
        sheet.Field("Archivado el", dates.Day(d.ArchivedAt), 12);
        sheet.Field("Conservar hasta", dates.Day(d.RetentionDueAt), 12);
        return sheet.ToBytes();
    }
}
