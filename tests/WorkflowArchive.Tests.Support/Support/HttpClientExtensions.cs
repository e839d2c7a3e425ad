using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowArchive.Tests.Support;

public static class HttpClientExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<HttpResponseMessage> PostAsJsonAsync(this HttpClient client, string url, object? body, string actor) =>
        client.SendAsJsonAsync(HttpMethod.Post, url, body, actor);

    public static Task<HttpResponseMessage> PutAsJsonAsync(this HttpClient client, string url, object? body, string actor) =>
        client.SendAsJsonAsync(HttpMethod.Put, url, body, actor);

    private static async Task<HttpResponseMessage> SendAsJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string actor)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("X-Actor", actor);
        return await client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static async Task<T> ReadAsyncFrom<T>(this Task<HttpResponseMessage> response) => await (await response).ReadAsync<T>();

    public static async Task<T> GetAsync<T>(this HttpClient client, string url) => await (await client.GetAsync(url)).ReadAsync<T>();

    /// <summary>A GET as one person, whoever the client's default viewer is.</summary>
    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string url, string actor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Actor", actor);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal(expectedStatus, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    /// <summary>The problem's machine-readable code: tests assert it, never the wording.</summary>
    public static string? Code(this JsonElement problem) => problem.GetProperty("code").GetString();

    /// <summary>The codes a 422 gives one field (its <c>errorCodes</c> entry).</summary>
    public static IReadOnlyList<string?> FieldCodes(this JsonElement problem, string field) =>
        problem.GetProperty("errorCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString()).ToList();

    /// <summary>The problem's code, every field's codes of a 422, and the code of each element a refused definition lists.</summary>
    public static IReadOnlyList<string?> Codes(this JsonElement problem) =>
    [
        problem.Code(),
        .. problem.TryGetProperty("errorCodes", out var fields)
            ? fields.EnumerateObject().SelectMany(f => f.Value.EnumerateArray().Select(c => c.GetString()))
            : [],
        .. problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().Select(e => e.GetProperty("code").GetString())
            : [],
    ];
}
