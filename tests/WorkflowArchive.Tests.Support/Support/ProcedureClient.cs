using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;

namespace WorkflowArchive.Tests.Support;

/// <summary>What staff do through the API, step by step: find a task of their role, claim it, complete it.</summary>
public sealed class ProcedureClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<InstanceSummary> StartAsync(string definitionKey, string businessKey, JsonObject variables, string actor = "gestora")
    {
        var response = await http.PostAsJsonAsync("/api/instances", new { definitionKey, businessKey, variables }, actor);
        return await response.ReadAsync<InstanceSummary>();
    }

    public async Task<TaskView> OpenTaskAsync(string role, string businessKey, string elementId)
    {
        var page = await AsAdmin($"/api/tasks?role={role}&pageSize=200").ReadAsyncFrom<PagedList<TaskView>>();
        var matches = page.Items.Where(t => t.BusinessKey == businessKey && t.ElementId == elementId).ToList();
        return Assert.Single(matches);
    }

    /// <summary>Claims the task as the user and completes it with the given output, as a person at the inbox would.</summary>
    public async Task<InstanceSummary> WorkAsync(string role, string businessKey, string elementId, string user, JsonObject output)
    {
        var task = await OpenTaskAsync(role, businessKey, elementId);
        await (await http.PostAsJsonAsync($"/api/tasks/{task.Id}/claim", null, user)).ReadAsync<TaskView>();
        return await (await http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = output }, user)).ReadAsync<InstanceSummary>();
    }

    public Task<InstanceDetail> InstanceAsync(Guid id) => AsAdmin($"/api/instances/{id}").ReadAsyncFrom<InstanceDetail>();

    /// <summary>Looks as the administrator, who sees every task and instance.</summary>
    private Task<HttpResponseMessage> AsAdmin(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Actor", "admin");
        return http.SendAsync(request);
    }
}
