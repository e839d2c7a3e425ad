using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WorkflowArchive.Bench.Load.Http;

/// <summary>One signed-in API client (bearer token from /api/auth/login), timing each call from send to the last byte read.</summary>
public sealed class ApiClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    private ApiClient(HttpClient http) => _http = http;

    public static async Task<ApiClient> SignInAsync(Uri address, string user, string password)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http);
    }

    public sealed record Timed(int Status, double Milliseconds, string Body);

    public Task<Timed> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<Timed> PostAsync(string url, object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: Json) });

    public async Task<JsonElement> ReadAsync(string url)
    {
        var result = await GetAsync(url);
        return result.Status == 200 ? JsonDocument.Parse(result.Body).RootElement : throw new InvalidOperationException($"GET {url}: {result.Status} {result.Body}");
    }

    private async Task<Timed> SendAsync(HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Timed((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, body);
    }

    public void Dispose() => _http.Dispose();
}
