using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>
/// What a browser and what a program get when something goes wrong: pages in the app's layout, in Spanish, for the
/// browser; problem details, as before, for the API and anything that does not ask for HTML.
/// </summary>
public sealed class ErrorPagesHttpTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ArchiveApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // The Entregas page reads the advisors first: make that fail, as a database gone away would.
        _factory = new ArchiveApiFactory(_database, testServices: services =>
            services.AddScoped<AdvisorQueries>(_ => throw new InvalidOperationException("simulated failure while reading advisors")));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static HttpRequestMessage BrowserGet(string url, string? actor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (actor is not null) request.Headers.Add("X-Actor", actor);
        return request;
    }

    [Fact]
    public async Task A_browser_asking_for_an_unknown_address_gets_the_spanish_page_in_the_layout_with_404()
    {
        using var http = _factory.CreateClient();

        using var response = await http.SendAsync(BrowserGet("/no/hay/tal/pagina"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Esta página no existe", html);
        Assert.Contains("data-testid=\"not-found\"", html);
        Assert.Contains("Archivo de Venta y Postventa", html);
    }

    [Fact]
    public async Task The_api_and_programs_keep_getting_problem_details_for_an_unknown_address()
    {
        using var http = _factory.CreateClient();

        foreach (var url in new[] { "/api/no-such-thing", "/no/hay/tal/pagina" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task A_page_that_fails_shows_that_nothing_was_half_saved_with_a_code_for_the_administrator()
    {
        using var http = _factory.CreateClient();

        using var response = await http.SendAsync(BrowserGet("/entregas", "gestora"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Algo falló", html);
        Assert.Contains("No se guardó nada a medias", html);
        Assert.Matches("data-testid=\"error-trace\">[^<]{6,}<", html);
        Assert.DoesNotContain("simulated failure", html);
    }

    [Fact]
    public async Task An_api_call_that_fails_still_answers_problem_details()
    {
        using var http = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/advisors");
        request.Headers.Add("X-Actor", "gestora");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
