using ClosedXML.Excel;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Printing;

/// <summary>Every dossier a search found (not only one page), one row each, as the Expedientes list shows them.</summary>
public static class DossierSearchXlsx
{
    public static byte[] Build(IReadOnlyList<DossierSummary> dossiers, PaperDates dates)
    {
        using var workbook = new XLWorkbook();
        var sheet = Sheets.Start(workbook, "Expedientes", "N.º de orden", "Cliente", "CI / NIT", "Asesor", "Canal", "Fecha de venta", "Servicio",
            "Transacción", "Estado", "Devoluciones", "Ubicación", "Custodia", "Recibido", "Archivado", "Conservar hasta", "Transferido");
        var row = 2;
        foreach (var d in dossiers)
        {
            Sheets.Text(sheet.Cell(row, 1), d.OrderNumber);
            Sheets.Text(sheet.Cell(row, 2), d.CustomerName);
            Sheets.Text(sheet.Cell(row, 3), d.CustomerDocument);
            Sheets.Text(sheet.Cell(row, 4), d.AdvisorCode);
            Sheets.Text(sheet.Cell(row, 5), Labels.Of(d.Channel));
            Sheets.Date(sheet.Cell(row, 6), d.SaleDate.ToDateTime(TimeOnly.MinValue), Sheets.DayFormat);
            Sheets.Text(sheet.Cell(row, 7), d.ServiceCode);
            Sheets.Text(sheet.Cell(row, 8), d.TransactionCode);
            Sheets.Text(sheet.Cell(row, 9), Labels.Of(d.Status));
            Sheets.Number(sheet.Cell(row, 10), d.ReturnCount);
            Sheets.Text(sheet.Cell(row, 11), d.Location);
            Sheets.Text(sheet.Cell(row, 12), d.Custody);
            Sheets.Date(sheet.Cell(row, 13), dates.Local(d.ReceivedAt));
            Sheets.Date(sheet.Cell(row, 14), d.ArchivedAt is { } archived ? dates.Local(archived) : null);
            Sheets.Date(sheet.Cell(row, 15), d.RetentionDueAt is { } due ? dates.Local(due) : null, Sheets.DayFormat);
            Sheets.Date(sheet.Cell(row, 16), d.TransferredAt is { } moved ? dates.Local(moved) : null);
            row++;
        }
        sheet.SetAutoFilter();
        return Sheets.Save(workbook, [sheet], [18, 32, 12, 12, 12, 13, 14, 16, 18, 12, 40, 30, 17, 17, 15, 17]);
    }
}
