using System.Net.Http.Headers;
using System.Text.Json;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary><c>GET /api/forms</c> publishes the contracts; query endpoints refuse reversed date ranges with a code.</summary>
public sealed class FormsApiTests() : ApiTest("gestora")
{
    private async Task<JsonElement> GetAsync(string url, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return await (await Http.SendAsync(request)).ReadAsync<JsonElement>();
    }

    [Fact]
    public async Task Every_form_key_the_workflows_use_and_both_registrations_are_published()
    {
        var forms = await GetAsync("/api/forms");

        Assert.Equal(["archive", "checklist-review", "confirm-reception", "correction", "deliver-documentation", "register-binder", "retrieval-request"],
            forms.EnumerateArray().Select(f => f.GetProperty("key").GetString()).Order());
        Assert.Equal(["registration", "registration"], forms.EnumerateArray().Where(f => f.GetProperty("key").GetString()!.StartsWith("re"))
            .Select(f => f.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_form_says_its_fields_allowed_values_lengths_and_rules_in_spanish()
    {
        var form = await GetAsync("/api/forms/deliver-documentation");

        Assert.Equal(("Entrega de documentación solicitada", "task"), (form.GetProperty("name").GetString(), form.GetProperty("kind").GetString()));
        var fields = form.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(("choice", true), (fields["outcome"].GetProperty("type").GetString(), fields["outcome"].GetProperty("required").GetBoolean()));
        Assert.Equal([("recovered", "Encontrada y entregada"), ("not-found", "No se encontró")],
            fields["outcome"].GetProperty("allowedValues").EnumerateArray().Select(v => (v.GetProperty("value").GetString(), v.GetProperty("label").GetString())));
        Assert.Equal("si se entregó escaneada", fields["attachmentId"].GetProperty("requiredWhen").GetString());
        Assert.Equal(500, fields["notFoundReason"].GetProperty("maxLength").GetInt32());
        var rules = form.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("checkedOn").GetString());
        Assert.Equal("form", rules["rule-delivery-scan-needs-file"]);
        Assert.Equal("server", rules["rule-delivery-file-of-request"]);

        var review = await GetAsync("/api/forms/checklist-review");
        var documents = review.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "documents");
        Assert.Equal(["code", "received", "forms", "legible", "signed", "note"], documents.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_api_client_may_read_the_forms_in_english_and_an_unknown_form_is_a_404_with_a_code()
    {
        var form = await GetAsync("/api/forms/confirm-reception", "en");
        Assert.Equal("Reception at Condebamba", form.GetProperty("name").GetString());

        var problem = await (await Http.GetAsync("/api/forms/no-such-form")).ProblemAsync(404);
        Assert.Equal("form-not-found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/dossiers?from=2027-06-10&to=2027-06-01")]
    [InlineData("/api/indicators?from=2027-06-10&to=2027-06-01")]
    [InlineData("/api/smartflex/reconciliation?from=2027-06-10&to=2027-06-01")]
    public async Task A_reversed_date_range_is_refused_with_a_code_not_answered_with_nothing(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Actor", "admin");

        var problem = await (await Http.SendAsync(request)).ProblemAsync(422);

        Assert.Equal("date-range-reversed", problem.GetProperty("errorCodes").GetProperty("to")[0].GetString());
    }
}
