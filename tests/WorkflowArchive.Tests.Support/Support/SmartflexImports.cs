using System.Net.Http.Headers;
using System.Text;
using WorkflowArchive.Domain.Smartflex.Import;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>Sends Smartflex exports to the import endpoint the way the division's staff would.</summary>
public static class SmartflexImports
{
    public const string Url = "/api/smartflex/imports";
    public static readonly string Header = SmartflexExportColumns.HeaderLine;

    public static Task<HttpResponseMessage> PostCsvAsync(HttpClient http, string csv, string actor = "gestora") =>
        PostAsync(http, new StringContent(csv, Encoding.UTF8, "text/csv"), actor);

    public static Task<HttpResponseMessage> PostFileAsync(HttpClient http, byte[] file, string fileName = "ventas.csv", string actor = "gestora")
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { part, "file", fileName } };
        return PostAsync(http, form, actor);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, HttpContent content, string? actor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        if (actor is not null) request.Headers.Add("X-Actor", actor);
        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostCsvAnonymouslyAsync(HttpClient http, string csv) =>
        PostAsync(http, new StringContent(csv, Encoding.UTF8, "text/csv"), null);
}
