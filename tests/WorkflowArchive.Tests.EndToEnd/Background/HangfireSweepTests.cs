using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Api;

/// <summary>With a Hangfire server running, due timers fire and the outbox drains without anyone calling the sweeps.</summary>
[Collection(HostCollection.Name)]
public sealed class HangfireSweepTests
{
    [Fact]
    public async Task The_recurring_sweeps_fire_a_due_timer_and_deliver_the_outbox()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new ArchiveApiFactory(database, new Dictionary<string, string>
        {
            ["Background:RunServer"] = "true",
            ["Background:TimerSweepCron"] = "* * * * * *",
            ["Background:OutboxSweepCron"] = "* * * * * *",
            // Hangfire's scheduler looks for due recurring jobs every 15 s by default; the test need not wait that long.
            ["Background:SchedulePollSeconds"] = "1",
        });
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Actor", "admin");
        await http.PutAsync("/api/definitions/draft", new StringContent(Process("wait", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "hour")}
            <intermediateCatchEvent id="hour"><timerEventDefinition id="t"><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {Flow("f2", "hour", "end")}
            <endEvent id="end" />
            """), Encoding.UTF8, "application/xml"));
        (await http.PostAsJsonAsync("/api/definitions/wait/publish", new { comment = "v1" }, "admin")).EnsureSuccessStatusCode();
        var instance = await (await http.PostAsJsonAsync("/api/instances", new { definitionKey = "wait", businessKey = "W-1" }, "admin")).ReadAsync<Host.Application.InstanceSummary>();

        factory.Time.Advance(TimeSpan.FromHours(2));

        var status = await PollAsync(async () => (await http.GetAsync<Host.Application.InstanceDetail>($"/api/instances/{instance.Id}")).Instance.Status, "Completed");
        Assert.Equal("Completed", status);
        var undelivered = await PollAsync(() => factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.ProcessedAt == null)), 0);
        Assert.Equal(0, undelivered);
    }

    private static Task<T> PollAsync<T>(Func<Task<T>> read, T expected) =>
        Eventually.ReadAsync(read, value => EqualityComparer<T>.Default.Equals(value, expected));
}
