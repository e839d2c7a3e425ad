using ClosedXML.Excel;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Host.Components.Shared;

namespace WorkflowArchive.Host.Printing;

/// <summary>The indicator's breakdown for a period: by month, by requesting unit, and returns per advisor, one sheet each.</summary>
public static class IndicatorXlsx
{
    private static readonly string[] Figures = ["Solicitudes", "Medidas", "A tiempo", "Tarde", "No encontradas", "Vencidas", "En plazo", "Resultado (%)", "Dictamen"];

    public static byte[] Build(IndicatorReport report, PaperDates dates)
    {
        using var workbook = new XLWorkbook();
        var summary = Sheets.Start(workbook, "Periodo", ["Desde", "Hasta", "Calculado", .. Figures]);
        Sheets.Date(summary.Cell(2, 1), report.From.ToDateTime(TimeOnly.MinValue), Sheets.DayFormat);
        Sheets.Date(summary.Cell(2, 2), report.To.ToDateTime(TimeOnly.MinValue), Sheets.DayFormat);
        Sheets.Date(summary.Cell(2, 3), dates.Local(report.ComputedAt));
        Write(summary, 2, 4, report.Retrieval);

        var months = Sheets.Start(workbook, "Por mes", ["Mes", .. Figures]);
        var row = 2;
        foreach (var m in report.RetrievalByMonth)
        {
            Sheets.Text(months.Cell(row, 1), m.Month);
            Write(months, row++, 2, m.Indicator);
        }
        var units = Sheets.Start(workbook, "Por unidad", ["Unidad", .. Figures]);
        row = 2;
        foreach (var u in report.RetrievalByUnit)
        {
            Sheets.Text(units.Cell(row, 1), u.Unit ?? "Sin unidad");
            Write(units, row++, 2, u.Indicator);
        }
        var advisors = Sheets.Start(workbook, "Devoluciones por asesor", "Asesor", "Nombre", "Canal", "Recibidos", "Devueltos", "Devoluciones", "Sin corregir");
        row = 2;
        foreach (var a in report.ReturnsByAdvisor)
        {
            Sheets.Text(advisors.Cell(row, 1), a.AdvisorCode);
            Sheets.Text(advisors.Cell(row, 2), a.AdvisorName);
            Sheets.Text(advisors.Cell(row, 3), a.Channel is { } c ? Labels.Of(c) : "");
            Sheets.Number(advisors.Cell(row, 4), a.Received);
            Sheets.Number(advisors.Cell(row, 5), a.Dossiers);
            Sheets.Number(advisors.Cell(row, 6), a.Returns);
            Sheets.Number(advisors.Cell(row, 7), a.StillOpen);
            row++;
        }
        return Sheets.Save(workbook, [summary, months, units, advisors], [16, 16, 17, 13, 13, 13, 13, 15, 13, 13, 14, 24]);
    }

    private static void Write(IXLWorksheet sheet, int row, int column, RetrievalIndicator i)
    {
        int[] counts = [i.Requests, i.Measured, i.OnTime, i.Late, i.NotFound, i.Overdue, i.Pending];
        foreach (var count in counts) Sheets.Number(sheet.Cell(row, column++), count);
        Sheets.Number(sheet.Cell(row, column++), i.Percentage is { } p ? (double)p : null, "0.##");
        Sheets.Text(sheet.Cell(row, column), i.Verdict);
    }
}
