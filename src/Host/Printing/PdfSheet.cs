using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WorkflowArchive.Host.Printing;

/// <summary>
/// A4 portrait pages written top to bottom: headings, label/value lines, tables, barcodes and signature blocks, with a
/// new page when the current one is full. Units are points (1 mm = 72 / 25.4 pt).
/// </summary>
public sealed class PdfSheet : IDisposable
{
    public const double Millimetre = 72 / 25.4;
    public static readonly double A4Width = 210 * Millimetre;
    public static readonly double A4Height = 297 * Millimetre;
    public static readonly double Margin = 18 * Millimetre;

    private readonly PdfDocument _document = new();
    private readonly string _footer;
    private XGraphics? _graphics;
    private int _pages;

    public PdfSheet(string title, string footer)
    {
        DejaVuFonts.Install();
        _document.Info.Title = title;
        _document.Info.Creator = "WorkflowArchive";
        _footer = footer;
        NewPage();
    }

    /// <summary>DejaVu Sans with Unicode encoding (Identity-H and a ToUnicode map): names in any script print and copy as written.</summary>
    public static XFont Font(double size, bool bold = false) =>
        new(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public double Y { get; private set; }
    public double Width => A4Width - 2 * Margin;
    public XGraphics Graphics => _graphics!;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(A4Width);
        page.Height = XUnit.FromPoint(A4Height);
        _graphics = XGraphics.FromPdfPage(page);
        _pages++;
        Graphics.DrawString($"{_footer} — página {_pages}", Font(7), XBrushes.Gray,
            new XRect(Margin, A4Height - Margin / 2 - 8, Width, 10), XStringFormats.TopLeft);
        Y = Margin;
    }

    /// <summary>Starts a new page when fewer than <paramref name="height"/> points are left.</summary>
    public void Need(double height)
    {
        if (Y + height > A4Height - Margin) NewPage();
    }

    public void Heading(string text, double size = 15)
    {
        Need(size * 1.6);
        Graphics.DrawString(text, Font(size, bold: true), XBrushes.Black, new XRect(Margin, Y, Width, size * 1.4), XStringFormats.TopLeft);
        Y += size * 1.6;
    }

    public void Text(string text, double size = 9.5, bool bold = false)
    {
        foreach (var line in Wrap(text, Font(size, bold), Width))
        {
            Need(size * 1.45);
            Graphics.DrawString(line, Font(size, bold), XBrushes.Black, new XRect(Margin, Y, Width, size * 1.4), XStringFormats.TopLeft);
            Y += size * 1.45;
        }
    }

    /// <summary>"Label: value" with the label in bold and the value wrapped beside it.</summary>
    public void Field(string label, string? value, double size = 10)
    {
        var labelWidth = 55 * Millimetre;
        var lines = Wrap(string.IsNullOrWhiteSpace(value) ? "—" : value, Font(size), Width - labelWidth);
        Need(size * 1.5 * lines.Count);
        Graphics.DrawString(label, Font(size, bold: true), XBrushes.Black, new XRect(Margin, Y, labelWidth, size * 1.4), XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            Graphics.DrawString(line, Font(size), XBrushes.Black, new XRect(Margin + labelWidth, Y, Width - labelWidth, size * 1.4), XStringFormats.TopLeft);
            Y += size * 1.5;
        }
    }

    public void Space(double points = 8) => Y += points;

    public void Rule()
    {
        Need(6);
        Graphics.DrawLine(new XPen(XColors.Gray, 0.5), Margin, Y + 2, Margin + Width, Y + 2);
        Y += 6;
    }

    /// <summary>A table: a bold header row, then one row per entry; <paramref name="widths"/> are fractions of the width.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> rows, double size = 8.5)
    {
        Row(header, widths, size, bold: true);
        var any = false;
        foreach (var row in rows)
        {
            Row(row, widths, size, bold: false);
            any = true;
        }
        if (!any) Text("Sin datos.", size);
        Y += 4;
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, double size, bool bold)
    {
        var font = Font(size, bold);
        var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] * Width - 4)).ToList();
        var height = wrapped.Max(w => w.Count) * size * 1.35 + 4;
        Need(height);
        if (bold) Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 235, 235)), Margin, Y, Width, height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var lineY = Y + 2;
            foreach (var line in wrapped[i])
            {
                Graphics.DrawString(line, font, XBrushes.Black, new XRect(x + 2, lineY, widths[i] * Width - 4, size * 1.3), XStringFormats.TopLeft);
                lineY += size * 1.35;
            }
            x += widths[i] * Width;
        }
        Graphics.DrawLine(new XPen(XColors.LightGray, 0.4), Margin, Y + height, Margin + Width, Y + height);
        Y += height;
    }

    /// <summary>A Code128 of <paramref name="text"/> at the cursor, with the text under it.</summary>
    public void Barcode(string text, double height = 14 * Millimetre, double module = 0.33 * Millimetre)
    {
        Need(height + 14);
        BarcodeDrawing.Draw(Graphics, text, Margin, Y, height, module);
        Y += height + 2;
        Graphics.DrawString(text, Font(9), XBrushes.Black, new XRect(Margin, Y, Width, 11), XStringFormats.TopLeft);
        Y += 14;
    }

    /// <summary>Side by side boxes with a line to sign on, the role under it, and name and date lines.</summary>
    public void Signatures(params string[] roles)
    {
        var height = 34 * Millimetre;
        Need(height);
        var gap = 6 * Millimetre;
        var width = (Width - gap * (roles.Length - 1)) / roles.Length;
        for (var i = 0; i < roles.Length; i++)
        {
            var x = Margin + i * (width + gap);
            Graphics.DrawLine(XPens.Black, x, Y + 16 * Millimetre, x + width, Y + 16 * Millimetre);
            Graphics.DrawString(roles[i], Font(8.5, bold: true), XBrushes.Black, new XRect(x, Y + 17 * Millimetre, width, 11), XStringFormats.TopLeft);
            Graphics.DrawString("Nombre: ____________________", Font(8), XBrushes.Black, new XRect(x, Y + 22 * Millimetre, width, 10), XStringFormats.TopLeft);
            Graphics.DrawString("Fecha: ____/____/________", Font(8), XBrushes.Black, new XRect(x, Y + 27 * Millimetre, width, 10), XStringFormats.TopLeft);
        }
        Y += height;
    }

    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/>, on spaces (a word longer than a line is cut).</summary>
    public static List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        using var measure = XGraphics.CreateMeasureContext(new XSize(width, 100), XGraphicsUnit.Point, XPageDirection.Downwards);
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (measure.MeasureString(candidate, font).Width <= width || current.Length == 0) current = candidate;
                else { lines.Add(current); current = word; }
            }
            lines.Add(current);
        }
        return lines;
    }
}
