using ClosedXML.Excel;

namespace WorkflowArchive.Host.Printing;

/// <summary>
/// Writing .xlsx cells safely with ClosedXML: text stays text (a CI such as 4530562 is not turned into a number, and a
/// value starting with =, +, - or @ is stored as a string with a quote prefix, never as a formula), dates are real Excel
/// dates already in La Paz time, counts are numbers.
/// </summary>
public static class Sheets
{
    public const string DayFormat = "dd/mm/yyyy";
    public const string MomentFormat = "dd/mm/yyyy hh:mm";
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    public static IXLWorksheet Start(XLWorkbook workbook, string name, params string[] header)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var i = 0; i < header.Length; i++) Text(sheet.Cell(1, i + 1), header[i]).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    public static IXLCell Text(IXLCell cell, string? value)
    {
        var text = value ?? "";
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (text.Length > 0 && FormulaStarts.Contains(text[0])) cell.Style.IncludeQuotePrefix = true;
        return cell;
    }

    public static IXLCell Date(IXLCell cell, DateTime? localValue, string format = MomentFormat)
    {
        if (localValue is not { } value) return cell;
        cell.SetValue(value);
        cell.Style.DateFormat.Format = format;
        return cell;
    }

    public static IXLCell Number(IXLCell cell, double? value, string format = "0")
    {
        if (value is not { } number) return cell;
        cell.SetValue(number);
        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    public static byte[] Save(XLWorkbook workbook, IXLWorksheet[] sheets, int[] widths)
    {
        foreach (var sheet in sheets)
            for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
