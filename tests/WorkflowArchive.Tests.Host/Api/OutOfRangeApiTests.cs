using System.Text;
using System.Text.Json;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Api;

/// <summary>Durations and dates past what a calendar can hold are refused as input (4xx naming what), never a 500 later.</summary>
public sealed class OutOfRangeApiTests() : ApiTest("admin")
{
    [Theory]
    [InlineData("P9999Y")]
    [InlineData("P99999999999Y")]
    public async Task A_timer_of_thousands_of_years_is_an_error_of_its_element_and_cannot_be_published(string duration)
    {
        var xml = Process("eterno", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "Timer_Eternal")}
            <intermediateCatchEvent id="Timer_Eternal"><timerEventDefinition><timeDuration>{duration}</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {Flow("f2", "Timer_Eternal", "end")}
            <endEvent id="end" />
            """);

        var report = await (await Http.PostAsync("/api/definitions/validate", new StringContent(xml, Encoding.UTF8, "application/xml"))).ReadAsync<ValidationReport>();
        (await Http.PutAsync("/api/definitions/draft", new StringContent(xml, Encoding.UTF8, "application/xml"))).EnsureSuccessStatusCode();
        var publish = await Http.PostAsJsonAsync("/api/definitions/eterno/publish", new { comment = "v1" }, "admin");

        Assert.False(report.Publishable);
        Assert.Contains(report.Diagnostics, d => d is { ElementId: "Timer_Eternal", Code: "iso-duration-too-long" });
        Assert.Equal("definition-not-publishable", (await publish.ProblemAsync(400)).Code());
    }

    [Fact]
    public async Task A_retention_period_of_thousands_of_years_is_refused()
    {
        var response = await Http.PutAsJsonAsync("/api/archive/retention/MOVIL", new { period = "P9999Y" }, "admin");

        Assert.Equal("iso-duration-too-long", (await response.ProblemAsync(400)).Code());
    }

    [Fact]
    public async Task Indicators_for_all_of_time_are_refused_as_a_period_too_long()
    {
        var response = await Http.GetAsync("/api/indicators?from=0001-01-01&to=9999-12-31");

        Assert.Equal("period-too-long", (await response.ProblemAsync(400)).Code());
    }
}
