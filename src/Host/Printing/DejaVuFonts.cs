using PdfSharp.Fonts;

namespace WorkflowArchive.Host.Printing;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans (regular and bold) from Debian's fonts-dejavu-core, embedded in every PDF so that
/// "Condebamba", "Peñaranda" or "Devolución" print the same on any printer. scripts/provision-fonts.sh installs them.
/// Every family PDFsharp asks for resolves to DejaVu Sans.
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];
    private static readonly object Gate = new();

    /// <summary>Sets this resolver for the process once; PDFsharp keeps one resolver for everything.</summary>
    public static void Install()
    {
        if (GlobalFontSettings.FontResolver is DejaVuFonts) return;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFonts) return;
            GlobalFontSettings.FontResolver = new DejaVuFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        // No italic face is shipped in fonts-dejavu-core's two files we use: PDFsharp simulates it.
        new(isBold ? Bold : Regular, false, isItalic);

    public byte[] GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        throw new FileNotFoundException($"{faceName}.ttf not found: run scripts/provision-fonts.sh (Debian package fonts-dejavu-core).");
    }
}
