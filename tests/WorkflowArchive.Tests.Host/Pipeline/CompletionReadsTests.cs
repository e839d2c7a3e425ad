using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// A completion reads its task and the task's instance with one query, whether a person's request checked access to the
/// task first (the check reads both, and the move finds them tracked) or the engine is called directly; a completion
/// refused as a duplicate (a double click) reads nothing more.
/// </summary>
public abstract class CompletionReadsTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_completion_reads_its_task_and_instance_with_one_query_through_the_api_and_from_the_engine()
    {
        string[] orders = ["SF-2027-000971", "SF-2027-000972"];
        foreach (var order in orders) await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", orders);
        var connection = await Factory.ConnectionStringAsync();

        var byApi = await Client.OpenTaskAsync(LifecycleHost.Manager, orders[0], "Task_ReviewChecklist");
        var review = await Archive.ReviewAsync(orders[0]);
        using (var seen = new CommandsSeen(connection))
        {
            var first = await Client.Http.PostAsJsonAsync($"/api/tasks/{byApi.Id}/complete", new { variables = review }, "gestora");
            first.EnsureSuccessStatusCode();
            Assert.Equal(1, TaskAndInstanceReads(seen));
        }
        using (var seen = new CommandsSeen(connection))
        {
            var again = await Client.Http.PostAsJsonAsync($"/api/tasks/{byApi.Id}/complete", new { variables = review }, "gestora");
            Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal(1, TaskAndInstanceReads(seen));
        }

        var direct = await Client.OpenTaskAsync(LifecycleHost.Manager, orders[1], "Task_ReviewChecklist");
        var output = await Archive.ReviewAsync(orders[1]);
        using (var seen = new CommandsSeen(connection))
        {
            await Factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowEngine>().CompleteTaskAsync(direct.Id, output, "gestora"));
            Assert.Equal(1, TaskAndInstanceReads(seen));
        }
    }

    /// <summary>Queries that read tasks or instances (one that joins them counts once).</summary>
    private static int TaskAndInstanceReads(CommandsSeen seen) =>
        seen.InOrder().Count(c => c.Sql.StartsWith("SELECT") && (c.Sql.Contains("FROM wf_user_tasks") || c.Sql.Contains("FROM wf_instances")));
}

public sealed class SqliteCompletionReadsTests() : CompletionReadsTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresCompletionReadsTests() : CompletionReadsTests(DatabaseProvider.Postgres);
