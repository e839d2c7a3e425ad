using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Texts;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Api;

/// <summary>
/// The errors of the procedure itself (not only the framework's) answer Spanish by default and English when the caller
/// asks, always with the same code; what a message names inside it (a status, a date) follows the same language.
/// </summary>
public sealed class DomainErrorLanguageTests : IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private LifecycleHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync();
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale("SF-2027-000950"));
        await _host.RegisterBatchAsync("arojas", "SF-2027-000950");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> SendAsync(HttpMethod method, string url, object? body, string actor, string? language, int status)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        request.Headers.Add("X-Actor", actor);
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return await (await _host.Http.SendAsync(request)).ProblemAsync(status);
    }

    private Task<JsonElement> BatchAsync(string advisor, string order, string? language, int status) =>
        SendAsync(HttpMethod.Post, "/api/batches", new
        {
            advisorCode = advisor, deliveredOn = "2027-06-01", binderNumber = "Archivador 21", entries = new[] { new { orderNumber = order } },
        }, "gestora", language, status);

    private static string? FieldCode(JsonElement problem, string field) => problem.GetProperty("errorCodes").GetProperty(field)[0].GetString();

    private static string? FieldMessage(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();

    [Fact]
    public async Task An_unknown_advisor_is_refused_in_spanish_or_in_english_with_the_same_code()
    {
        var spanish = await BatchAsync("nadie", "SF-2027-000951", null, 422);
        var english = await BatchAsync("nadie", "SF-2027-000951", "en", 422);

        Assert.Equal(("binder-advisor-unknown", "binder-advisor-unknown"), (FieldCode(spanish, "advisorCode"), FieldCode(english, "advisorCode")));
        Assert.Equal(FormTexts.BinderAdvisorUnknown.With("nadie").ToString(), FieldMessage(spanish, "advisorCode"));
        Assert.Equal(FormTexts.BinderAdvisorUnknown.With("nadie").In(English), FieldMessage(english, "advisorCode"));
        Assert.NotEqual(spanish.GetProperty("title").GetString(), english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_dossier_registered_twice_names_its_date_in_la_paz_and_its_status_in_the_callers_language()
    {
        var dossier = await _host.DossierAsync("SF-2027-000950");
        var received = _host.Factory.Services.GetRequiredService<BusinessCalendar>().Today(dossier.ReceivedAt);
        var expected = FormTexts.BinderOrderFiled.With("SF-2027-000950", received, StatusNames.Of(dossier.Status), DomainTexts.DossierWithoutLocation.With());
        const string field = "entries.SF-2027-000950";

        var spanish = await BatchAsync("arojas", "SF-2027-000950", "es", 422);
        var english = await BatchAsync("arojas", "SF-2027-000950", "en-US", 422);

        Assert.Equal(("binder-order-filed", "binder-order-filed"), (FieldCode(spanish, field), FieldCode(english, field)));
        Assert.Equal(expected.In(TextKey.Spanish), FieldMessage(spanish, field));
        Assert.Equal(expected.In(English), FieldMessage(english, field));
        Assert.Contains(received.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), FieldMessage(spanish, field));
        Assert.Contains(StatusNames.Of(dossier.Status).In(English), FieldMessage(english, field));
        Assert.DoesNotContain(StatusNames.Of(dossier.Status).In(TextKey.Spanish), FieldMessage(english, field));
    }

    [Fact]
    public async Task A_task_claimed_by_someone_else_cannot_be_claimed_and_says_who_has_it()
    {
        var review = await _host.Client.OpenTaskAsync(Manager, "SF-2027-000950", "Task_ReviewChecklist");
        await (await _host.Http.PostAsJsonAsync($"/api/tasks/{review.Id}/claim", null, "gestora")).ReadAsync<TaskView>();

        var spanish = await SendAsync(HttpMethod.Post, $"/api/tasks/{review.Id}/claim", null, "admin", null, 409);
        var english = await SendAsync(HttpMethod.Post, $"/api/tasks/{review.Id}/claim", null, "admin", "en", 409);

        Assert.Equal(("task-claimed-by-other", "task-claimed-by-other"), (spanish.Code(), english.Code()));
        Assert.Equal(EngineTexts.TaskClaimedByOther.With("gestora").ToString(), spanish.GetProperty("detail").GetString());
        Assert.Equal(EngineTexts.TaskClaimedByOther.With("gestora").In(English), english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_definition_checked_with_accept_language_en_lists_its_problems_in_english()
    {
        var xml = TestBpmn.Process("sin-fin", """<startEvent id="start" />""");

        async Task<ValidationReport> ValidateAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/definitions/validate") { Content = new StringContent(xml, Encoding.UTF8, "application/xml") };
            request.Headers.Add("X-Actor", "admin");
            if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
            return await (await _host.Http.SendAsync(request)).ReadAsync<ValidationReport>();
        }

        var spanish = Assert.Single((await ValidateAsync(null)).Diagnostics, d => d.Code == "bpmn-no-end-event");
        var english = Assert.Single((await ValidateAsync("en")).Diagnostics, d => d.Code == "bpmn-no-end-event");

        Assert.Equal(EngineTexts.BpmnNoEndEvent.With().ToString(), spanish.Message);
        Assert.Equal(EngineTexts.BpmnNoEndEvent.With().In(English), english.Message);
    }
}
