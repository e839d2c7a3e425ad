using System.Text;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Api;

/// <summary>A host that starts after a timer came due fires it at once, by the host's own clock (TimeProvider).</summary>
[Collection(HostCollection.Name)]
public sealed class StartUpCatchUpTests
{
    [Fact]
    public async Task A_timer_that_came_due_while_the_service_was_down_fires_as_the_host_starts()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Guid instanceId;
        await using (var before = new ArchiveApiFactory(database))
        {
            var http = before.CreateClient();
            http.DefaultRequestHeaders.Add("X-Actor", "admin");
            await (await http.PutAsync("/api/definitions/draft", new StringContent(Process("outage", $"""
                <startEvent id="start" />{Flow("f1", "start", "hour")}
                <intermediateCatchEvent id="hour"><timerEventDefinition id="t"><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
                {Flow("f2", "hour", "end")}<endEvent id="end" />
                """), Encoding.UTF8, "application/xml"))).ReadAsync<System.Text.Json.JsonElement>();
            (await http.PostAsJsonAsync("/api/definitions/outage/publish", new { comment = "v1" }, "admin")).EnsureSuccessStatusCode();
            instanceId = (await (await http.PostAsJsonAsync("/api/instances", new { definitionKey = "outage", businessKey = "O-1" }, "admin")).ReadAsync<InstanceSummary>()).Id;
        }

        // The service comes back two hours later; its recurring sweep would not run for months, so only the catch-up can fire.
        await using var after = new ArchiveApiFactory(database, new Dictionary<string, string>
        {
            ["Background:RunServer"] = "true",
            ["Background:TimerSweepCron"] = "0 0 0 1 1 *",
        });
        after.Time.Advance(TimeSpan.FromHours(2));
        var client = after.CreateClient();
        client.DefaultRequestHeaders.Add("X-Actor", "admin");

        var status = await Eventually.ReadAsync(
            async () => (await client.GetAsync<InstanceDetail>($"/api/instances/{instanceId}")).Instance.Status, s => s == "Completed");
        Assert.Equal("Completed", status);
        var detail = await client.GetAsync<InstanceDetail>($"/api/instances/{instanceId}");
        Assert.Single(detail.Journal, j => j.Action == "TimerFired");
    }
}

public sealed class ShiftedClockTests
{
    [Fact]
    public void Clock_Now_starts_the_service_at_that_instant_and_OffsetDays_moves_the_real_clock()
    {
        var real = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        var at = (ShiftedTimeProvider)ShiftedTimeProvider.From(new ClockOptions { Now = new DateTimeOffset(2029, 6, 2, 8, 0, 0, TimeSpan.FromHours(-4)) }, real)!;
        Assert.Equal(new DateTimeOffset(2029, 6, 2, 12, 0, 0, TimeSpan.Zero) - real, at.Shift);

        var offset = (ShiftedTimeProvider)ShiftedTimeProvider.From(new ClockOptions { OffsetDays = 731 }, real)!;
        Assert.Equal(TimeSpan.FromDays(731), offset.Shift);
        Assert.Null(ShiftedTimeProvider.From(new ClockOptions(), real));
    }
}
