using System.Net.Http.Headers;
using System.Text;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>Problem details speak Spanish unless the caller asks for English, and always carry the same machine-readable code.</summary>
public sealed class ProblemLanguageTests() : ApiTest("gestora")
{
    private async Task<System.Text.Json.JsonElement> MalformedBatchAsync(string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/batches")
        {
            Content = new StringContent("""{"advisorCode": "arojas", "deliveredOn": "ayer"}""", Encoding.UTF8, "application/json"),
        };
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return await (await Http.SendAsync(request)).ProblemAsync(400);
    }

    [Fact]
    public async Task Without_accept_language_the_problem_is_spanish_with_a_code_and_no_type_names()
    {
        var problem = await MalformedBatchAsync(null);

        Assert.Equal("body-not-json", problem.GetProperty("code").GetString());
        Assert.Equal("No se pudo leer la solicitud", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("deliveredOn", detail);
        Assert.DoesNotContain("WorkflowArchive.", detail);
    }

    [Fact]
    public async Task With_accept_language_en_the_same_code_comes_in_english()
    {
        var problem = await MalformedBatchAsync("en-US");

        Assert.Equal("body-not-json", problem.GetProperty("code").GetString());
        Assert.Equal("The request could not be read", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Framework_statuses_carry_a_code_too()
    {
        var problem = await (await Http.GetAsync("/api/no-such-thing")).ProblemAsync(404);

        Assert.Equal("no-such-address", problem.GetProperty("code").GetString());
        Assert.Equal("No hay nada en esta dirección.", problem.GetProperty("detail").GetString());
    }
}
