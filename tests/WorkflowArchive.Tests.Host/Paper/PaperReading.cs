using ClosedXML.Excel;
using WorkflowArchive.Tests.Support;
using UglyToad.PdfPig;

namespace WorkflowArchive.Tests.Paper;

/// <summary>Reads printed documents back: a PDF's words per page (PdfPig), an .xlsx workbook (ClosedXML).</summary>
internal static class PaperReading
{
    public static async Task<byte[]> DownloadAsync(HttpClient http, string url, string contentType, string actor = "gestora")
    {
        var response = await http.GetAsync(url, actor);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        // WORKFLOWARCHIVE_PAPER_DUMP=/some/folder keeps every downloaded document there, to look at (pdftoppm -png -r 60).
        if (Environment.GetEnvironmentVariable("WORKFLOWARCHIVE_PAPER_DUMP") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "document";
            await File.WriteAllBytesAsync(Path.Combine(folder, name), body);
        }
        return body;
    }

    public static Task<byte[]> PdfAsync(HttpClient http, string url, string actor = "gestora") => DownloadAsync(http, url, "application/pdf", actor);

    public static async Task<XLWorkbook> XlsxAsync(HttpClient http, string url, string actor = "gestora") =>
        new(new MemoryStream(await DownloadAsync(http, url, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", actor)));

    /// <summary>Each page's words joined by single spaces.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    public static string Text(byte[] pdf) => string.Join("\n", Pages(pdf));
}
