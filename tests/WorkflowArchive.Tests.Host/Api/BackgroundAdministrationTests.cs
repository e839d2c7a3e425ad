using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Api;

/// <summary>What administrators see of the background work: the Hangfire dashboard, and outbox messages that could not be delivered.</summary>
public sealed class BackgroundAdministrationTests
{
    [Fact]
    public async Task The_hangfire_dashboard_is_for_administrators_only()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new ArchiveApiFactory(database, new Dictionary<string, string> { ["Background:Scheduler"] = "Hangfire" });
        using var anonymous = factory.CreateAnonymousClient();
        using var staff = factory.CreateClient();

        // As the API: 401 without a sign-in, 403 for a role that has no access (no redirect to a page).
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsAsync(staff, "/hangfire", "gestora")).StatusCode);
        var admin = await GetAsAsync(staff, "/hangfire", "admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Hangfire", await admin.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await GetAsAsync(staff, "/hangfire/recurring", "admin")).StatusCode);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_after_eight_attempts_listed_for_administrators_and_can_be_sent_again()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var failing = new FailingHandler();
        await using var host = new ArchiveApiFactory(database, testServices: services => services.AddSingleton<IOutboxHandler>(failing));
        var time = host.Time;
        using var http = host.CreateClient();
        var draft = new HttpRequestMessage(HttpMethod.Put, "/api/definitions/draft")
        {
            Content = new StringContent(Process("parked", $"""
                <startEvent id="start" />{Flow("f1", "start", "work")}{UserTask("work")}{Flow("f2", "work", "end")}<endEvent id="end" />
                """), Encoding.UTF8, "application/xml"),
        };
        draft.Headers.Add("X-Actor", "admin");
        await (await http.SendAsync(draft)).ReadAsync<JsonElement>();
        await (await http.PostAsJsonAsync("/api/definitions/parked/publish", new { comment = "v1" }, "admin")).ReadAsync<JsonElement>();
        await (await http.PostAsJsonAsync("/api/instances", new { definitionKey = "parked", businessKey = "P-1" }, "admin")).ReadAsync<JsonElement>();

        for (var attempt = 1; attempt <= OutboxDispatcher.MaxAttempts; attempt++)
        {
            await DrainAsync(host);
            Assert.Equal(attempt, failing.Attempts);
            time.Advance(TimeSpan.FromHours(2)); // past any backoff
        }
        await DrainAsync(host);
        Assert.Equal(OutboxDispatcher.MaxAttempts, failing.Attempts); // parked: not tried again

        var parked = await (await GetAsAsync(http, "/api/outbox?state=Parked", "admin")).ReadAsync<PagedList<OutboxView>>();
        var message = Assert.Single(parked.Items);
        Assert.Equal(OutboxMessageTypes.TaskCreated, message.Type);
        Assert.Equal(OutboxDispatcher.MaxAttempts, message.Attempts);
        Assert.Contains("receiver is down", message.LastError);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsAsync(http, "/api/outbox", "gestora")).StatusCode);

        failing.Recovered = true;
        await (await http.PostAsJsonAsync($"/api/outbox/{message.Id}/retry", new { }, "admin")).ReadAsync<OutboxView>();
        await DrainAsync(host);
        Assert.Empty((await (await GetAsAsync(http, "/api/outbox?state=Parked", "admin")).ReadAsync<PagedList<OutboxView>>()).Items);
        var delivered = await (await GetAsAsync(http, "/api/outbox?state=Delivered", "admin")).ReadAsync<PagedList<OutboxView>>();
        Assert.Contains(delivered.Items, m => m.Id == message.Id);
        await (await http.PostAsJsonAsync($"/api/outbox/{message.Id}/retry", new { }, "admin")).ProblemAsync(409);
    }

    private static Task<int> DrainAsync(ArchiveApiFactory host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().DrainOutboxAsync(CancellationToken.None));

    private static Task<HttpResponseMessage> GetAsAsync(HttpClient http, string url, string actor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Actor", actor);
        return http.SendAsync(request);
    }

    /// <summary>A receiver that is down until told otherwise; it counts the attempts of TaskCreated messages.</summary>
    private sealed class FailingHandler : IOutboxHandler
    {
        private int _attempts;
        public int Attempts => _attempts;
        public bool Recovered { get; set; }

        public bool CanHandle(string messageType) => messageType == OutboxMessageTypes.TaskCreated;

        public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (Recovered) return Task.CompletedTask;
            Interlocked.Increment(ref _attempts);
            throw new HttpRequestException("The receiver is down.");
        }
    }
}
