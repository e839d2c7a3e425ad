using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WorkflowArchive.Host.Printing;

/// <summary>What a box's sticker says: its code (also as Code128), where it stands, what it holds and until when it is kept.</summary>
public sealed record BoxLabel(string Code, string LocationPath, string? ClassificationPrefix, int? RetentionYear);

/// <summary>
/// Box stickers. One label alone is a 99,1 × 38,1 mm page; a sheet is A4 with the standard 2 × 7 layout of
/// 99,1 × 38,1 mm labels (Avery L7163 / Apli 1276 type: top margin 15,1 mm, left 4,65 mm, columns 101,6 mm apart,
/// rows 38,1 mm apart), filled left to right then down, with as many sheets as the boxes need.
/// </summary>
public static class BoxLabelPdf
{
    public const double LabelWidth = 99.1 * PdfSheet.Millimetre;
    public const double LabelHeight = 38.1 * PdfSheet.Millimetre;
    public const int Columns = 2;
    public const int Rows = 7;
    private const double TopMargin = 15.1 * PdfSheet.Millimetre;
    private const double LeftMargin = 4.65 * PdfSheet.Millimetre;
    private const double ColumnPitch = 101.6 * PdfSheet.Millimetre;
    private const double Padding = 3 * PdfSheet.Millimetre;

    public static byte[] Single(BoxLabel label)
    {
        DejaVuFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Etiqueta de la caja {label.Code}";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(LabelWidth);
        page.Height = XUnit.FromPoint(LabelHeight);
        using (var graphics = XGraphics.FromPdfPage(page)) Draw(graphics, label, 0, 0);
        return Save(document);
    }

    public static byte[] Sheet(string title, IReadOnlyList<BoxLabel> labels)
    {
        DejaVuFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = title;
        XGraphics? graphics = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var slot = i % (Columns * Rows);
            if (slot == 0)
            {
                graphics?.Dispose();
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(PdfSheet.A4Width);
                page.Height = XUnit.FromPoint(PdfSheet.A4Height);
                graphics = XGraphics.FromPdfPage(page);
            }
            Draw(graphics!, labels[i], LeftMargin + slot % Columns * ColumnPitch, TopMargin + slot / Columns * LabelHeight);
        }
        if (graphics is null) document.AddPage();
        graphics?.Dispose();
        return Save(document);
    }

    private static void Draw(XGraphics graphics, BoxLabel label, double x, double y)
    {
        var width = LabelWidth - 2 * Padding;
        var top = y + Padding;
        graphics.DrawString($"Caja {label.Code}", PdfSheet.Font(14, bold: true), XBrushes.Black,
            new XRect(x + Padding, top, width, 17), XStringFormats.TopLeft);
        top += 17;
        foreach (var line in PdfSheet.Wrap(label.LocationPath, PdfSheet.Font(7), width).Take(2))
        {
            graphics.DrawString(line, PdfSheet.Font(7), XBrushes.Black, new XRect(x + Padding, top, width, 9), XStringFormats.TopLeft);
            top += 8.5;
        }
        var retention = label.RetentionYear is { } year ? year.ToString() : "—";
        graphics.DrawString($"Clasificación: {label.ClassificationPrefix ?? "—"}   Conservar hasta: {retention}", PdfSheet.Font(8, bold: true),
            XBrushes.Black, new XRect(x + Padding, top + 1, width, 10), XStringFormats.TopLeft);
        var module = 0.3 * PdfSheet.Millimetre;
        var barHeight = y + LabelHeight - Padding - (top + 12);
        BarcodeDrawing.Draw(graphics, label.Code, x + Padding - Code128Pattern.QuietZone * module, top + 12, barHeight, module);
    }

    private static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
