using PdfSharp.Drawing;

namespace WorkflowArchive.Host.Printing;

/// <summary>Draws <see cref="Code128Pattern"/>'s bars as filled rectangles, quiet zones left blank around them.</summary>
public static class BarcodeDrawing
{
    /// <summary>The drawn width in points, quiet zones included.</summary>
    public static double Width(string text, double module) => (Code128Pattern.Modules(text).Length + 2 * Code128Pattern.QuietZone) * module;

    public static void Draw(XGraphics graphics, string text, double x, double y, double height, double module)
    {
        var left = x + Code128Pattern.QuietZone * module;
        foreach (var (start, width) in Code128Pattern.Bars(text))
            graphics.DrawRectangle(XBrushes.Black, left + start * module, y, width * module, height);
    }
}
