using System.Net;
using System.Text.Json;
using System.Text;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Bpmn;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Api;

/// <summary>Wrong input answers a problem detail that says what is wrong, and leaves the store as it was.</summary>
public sealed class BadInputApiTests() : ApiTest("admin")
{
    private Task<HttpResponseMessage> PutDraftAsync(string xml) =>
        Http.PutAsync("/api/definitions/draft", new StringContent(xml, Encoding.UTF8, "application/xml"));


    [Theory]
    [InlineData("this is not xml", "bpmn-not-well-formed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>", "bpmn-dtd-refused")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>", "bpmn-dtd-refused")]
    [InlineData("<root xmlns=\"urn:other\" />", "bpmn-root-not-definitions")]
    public async Task Unreadable_files_are_refused_and_nothing_is_stored(string body, string code)
    {
        var before = await DefinitionRowsAsync();

        var problem = await (await PutDraftAsync(body)).ProblemAsync(400);

        Assert.Contains(code, problem.Codes());
        Assert.Equal(before, await DefinitionRowsAsync());
    }

    [Theory]
    [InlineData("POST", "/api/definitions/validate")]
    [InlineData("PUT", "/api/definitions/draft")]
    [InlineData("POST", "/api/definitions/import")]
    public async Task A_file_nested_a_hundred_thousand_deep_is_refused_at_the_depth_limit(string method, string url)
    {
        var deep = Process("deep", string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)));

        var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(deep, Encoding.UTF8, "application/xml") });

        // Refused by the streaming pass at the first element past the limit, not by a tree built first (how fast that is
        // stays out of the test: a loaded machine would make a time bound fail for nothing).
        var problem = await response.ProblemAsync(400);
        Assert.Contains("bpmn-too-deep", problem.Codes());
        Assert.Contains(BpmnXmlReader.MaxDepth.ToString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Publishing_a_draft_with_errors_lists_each_element_and_publishes_nothing()
    {
        var xml = Process("broken", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "gw")}
            <exclusiveGateway id="gw" default="fNo" />
            {Flow("fYes", "gw", "end", "${complete ===")}
            {Flow("fNo", "gw", "nowhere")}
            <scriptTask id="script" />
            <endEvent id="end" />
            """);
        var saved = await (await PutDraftAsync(xml)).ReadAsync<JsonElement>();
        Assert.False(saved.GetProperty("publishable").GetBoolean());

        var problem = await (await Http.PostAsJsonAsync("/api/definitions/broken/publish", new { comment = "v1" }, "admin")).ProblemAsync(400);

        Assert.Equal("definition-not-publishable", problem.Code());
        var flagged = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("elementId").GetString()).ToList();
        Assert.Contains("fYes", flagged);
        Assert.Contains("fNo", flagged);
        Assert.Contains("script", flagged);
        var versions = await Http.GetAsync<JsonElement>("/api/definitions/broken/versions");
        Assert.All(versions.EnumerateArray(), v => Assert.Equal("Draft", v.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_valid_draft_is_stored_with_incoming_and_outgoing_on_every_node_then_published()
    {
        var xml = Process("simple", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "review")}
            {UserTask("review")}
            {Flow("f2", "review", "end")}
            <endEvent id="end" />
            """);
        var saved = await (await PutDraftAsync(xml)).ReadAsync<JsonElement>();
        Assert.True(saved.GetProperty("publishable").GetBoolean());

        var stored = await Http.GetStringAsync("/api/definitions/simple/versions/0/xml");
        Assert.Contains("<incoming>f1</incoming>", stored);
        Assert.Contains("<outgoing>f2</outgoing>", stored);

        var published = await Http.PostAsJsonAsync("/api/definitions/simple/publish", new { comment = "primera" }, "admin");
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var version = await published.ReadAsync<JsonElement>();
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal("admin", version.GetProperty("publishedBy").GetString());
    }

    [Fact]
    public async Task Unknown_ids_answer_404_with_a_problem_detail()
    {
        var id = Guid.NewGuid();
        Assert.Equal("task-not-found", (await (await Http.PostAsJsonAsync($"/api/tasks/{id}/complete", new { }, "admin")).ProblemAsync(404)).Code());
        var instance = await (await Http.GetAsync($"/api/instances/{id}")).ProblemAsync(404);
        Assert.Equal("instance-not-found", instance.Code());
        Assert.DoesNotContain(id.ToString(), instance.GetProperty("detail").GetString());
        Assert.Equal("definition-not-found", (await (await Http.GetAsync("/api/definitions/no-such-key/versions")).ProblemAsync(404)).Code());
        var start = await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "no-such-key", businessKey = "X" }, "admin");
        Assert.Equal("definition-not-published", (await start.ProblemAsync(404)).Code());
    }

    [Fact]
    public async Task Completing_a_completed_task_is_a_409_problem()
    {
        var started = await (await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "solicitud-documentacion", businessKey = "SOL-5",
            variables = new { orderNumber = "SF-1", requestedBy = "Carla" } }, "admin")).ReadAsync<JsonElement>();
        var tasks = await Http.GetAsync<JsonElement>($"/api/tasks?instanceId={started.GetProperty("id").GetGuid()}");
        var taskId = tasks.GetProperty("items")[0].GetProperty("id").GetGuid();
        var output = new { variables = new { outcome = "not-found", notFoundReason = "No está en el archivo" } };
        (await Http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", output, "admin")).EnsureSuccessStatusCode();

        var again = await Http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", output, "admin");

        Assert.Equal("task-already-completed", (await again.ProblemAsync(409)).Code());
    }

    [Fact]
    public async Task A_malformed_json_body_is_a_400_problem()
    {
        var response = await Http.PostAsync("/api/instances", new StringContent("{ \"definitionKey\": ", Encoding.UTF8, "application/json"));

        await response.ProblemAsync(400);
    }

    [Fact]
    public async Task Acting_without_signing_in_is_refused()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var response = await anonymous.PutAsync("/api/definitions/draft", new StringContent(Process("x", "<startEvent id=\"s\" />"), Encoding.UTF8, "application/xml"));

        var problem = await response.ProblemAsync(401);
        Assert.Equal("unauthorized", problem.Code());
        Assert.Contains("/api/auth/login", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Starting_without_a_business_key_or_twice_for_the_same_key_is_refused()
    {
        var variables = new { orderNumber = "SF-1", requestedBy = "Carla" };
        var keyless = await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "solicitud-documentacion", businessKey = " ", variables }, "admin");
        Assert.Equal("business-key-required", (await keyless.ProblemAsync(400)).Code());
        var first = await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "solicitud-documentacion", businessKey = "SOL-1", variables }, "admin");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var second = await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "solicitud-documentacion", businessKey = "SOL-1", variables }, "admin");

        Assert.Equal("instance-already-running", (await second.ProblemAsync(409)).Code());
    }

    [Fact]
    public async Task A_start_missing_a_variable_the_process_needs_becomes_a_visible_incident_that_can_be_retried()
    {
        var created = await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "solicitud-documentacion", businessKey = "SOL-9", variables = new { requestedBy = "Carla" } }, "admin");
        var instance = await created.ReadAsync<JsonElement>();
        Assert.Equal("Incident", instance.GetProperty("status").GetString());
        Assert.Equal("Task_RegisterRequest", instance.GetProperty("incidentElementId").GetString());
        Assert.Equal(DomainTexts.RequestCriteriaMissing.With().ToString(), instance.GetProperty("incidentMessage").GetString());
        var id = instance.GetProperty("id").GetGuid();

        var retried = await (await Http.PostAsJsonAsync($"/api/instances/{id}/retry", new { variables = new { orderNumber = "SF-2027-1" } }, "admin")).ReadAsync<JsonElement>();

        Assert.Equal("Active", retried.GetProperty("status").GetString());
        await (await Http.PostAsJsonAsync($"/api/instances/{id}/retry", new { }, "admin")).ProblemAsync(409);
    }

    [Fact]
    public async Task The_openapi_document_and_health_endpoints_answer()
    {
        var openApi = await Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/tasks/{id}/complete", openApi);
        Assert.Contains("\"bearer\"", openApi);
        Assert.Contains("/api/smartflex/imports", openApi);
        var activities = await Http.GetAsync<JsonElement>("/api/activities");
        Assert.Contains(activities.EnumerateArray(), a => a.GetProperty("type").GetString() == "smartflex-verification");
        Assert.Equal("Healthy", await Http.GetStringAsync("/health/live"));
        var ready = await Http.GetAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("entries").GetProperty("database").GetProperty("status").GetString());
    }
}
