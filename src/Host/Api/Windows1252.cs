using System.Text;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Excel's plain "CSV" in Spanish locales. Not Latin-1: bytes 0x80–0x9F are €, curly quotes and dashes there, and
/// .NET only knows code page 1252 once the code-pages provider is registered (idempotent, so safe in every host).
/// </summary>
internal static class Windows1252
{
    public static readonly Encoding Encoding = Create();

    private static Encoding Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
