using ZXing.OneD;

namespace WorkflowArchive.Host.Printing;

/// <summary>
/// A Code128 barcode as the bars PDFs draw: ZXing.Net only encodes the text into modules (true = dark); the PDF then
/// draws each run of dark modules as one filled rectangle, so the barcode stays vector and prints sharp at any size.
/// </summary>
public static class Code128Pattern
{
    /// <summary>Blank modules left on each side so a scanner finds the start (Code128 asks for at least 10).</summary>
    public const int QuietZone = 10;

    /// <summary>The symbol's modules, quiet zones not included.</summary>
    public static bool[] Modules(string text) => new Code128Writer().encode(text);

    /// <summary>The dark bars as (first module, width in modules), in order.</summary>
    public static IReadOnlyList<(int Start, int Width)> Bars(string text)
    {
        var modules = Modules(text);
        var bars = new List<(int, int)>();
        for (var i = 0; i < modules.Length; i++)
        {
            if (!modules[i]) continue;
            var start = i;
            while (i + 1 < modules.Length && modules[i + 1]) i++;
            bars.Add((start, i - start + 1));
        }
        return bars;
    }
}
