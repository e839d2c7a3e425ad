using ClosedXML.Excel;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Components.Shared;

namespace WorkflowArchive.Host.Printing;

/// <summary>A remisión's dossiers, one row each in box position order, as its annex lists them.</summary>
public static class RemisionXlsx
{
    public static byte[] Build(ManifestView view, string boxCode)
    {
        using var workbook = new XLWorkbook();
        var sheet = Sheets.Start(workbook, "Remisión", "Remisión", "Caja", "Posición", "N.º de orden", "Cliente", "Asesor", "Fecha de venta", "Estado");
        var row = 2;
        foreach (var d in view.Dossiers)
        {
            Sheets.Text(sheet.Cell(row, 1), view.Manifest.Number);
            Sheets.Text(sheet.Cell(row, 2), boxCode);
            Sheets.Number(sheet.Cell(row, 3), d.Position);
            Sheets.Text(sheet.Cell(row, 4), d.OrderNumber);
            Sheets.Text(sheet.Cell(row, 5), d.CustomerName);
            Sheets.Text(sheet.Cell(row, 6), d.AdvisorCode);
            Sheets.Date(sheet.Cell(row, 7), d.SaleDate.ToDateTime(TimeOnly.MinValue), Sheets.DayFormat);
            Sheets.Text(sheet.Cell(row, 8), Labels.Of(d.Status));
            row++;
        }
        return Sheets.Save(workbook, [sheet], [18, 10, 10, 18, 32, 12, 14, 18]);
    }
}
