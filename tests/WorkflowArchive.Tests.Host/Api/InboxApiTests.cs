using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Api;

/// <summary>
/// The inbox over the API: pages with their total, sorted in the database by each column (ties and empties always the
/// same way), assignment to a named colleague by those who coordinate, and comments the next person reads.
/// </summary>
public abstract class InboxApiTests(DatabaseProvider provider) : HostedTest(provider)
{
    private static readonly string[] Orders = ["SF-2027-000811", "SF-2027-000812", "SF-2027-000813"];

    /// <summary>Accounts with display names that sort the other way round from their logins, so a sort by name is told from one by login.</summary>
    private async Task PeopleAsync()
    {
        await Factory.InScopeAsync(async sp =>
        {
            var seeder = sp.GetRequiredService<UserSeeder>();
            await seeder.EnsureAsync("gestora", "Gabriela Soliz", Roles.DocumentManager, null, TestActors.Password);
            await seeder.EnsureAsync("gestor2", "Zoe Arias", Roles.DocumentManager, null, TestActors.Password);
            await seeder.EnsureAsync("legal", "Ana Lima", Roles.DocumentManager, null, TestActors.Password);
            await seeder.EnsureAsync("ana.rojas", "Ana Rojas", Roles.Advisor, "arojas", TestActors.Password);
            await seeder.EnsureAsync("luis.fernandez", "Luis Fernández", Roles.Advisor, "lfernandez", TestActors.Password);
            return true;
        });
    }

    /// <summary>Six open manager tasks, each created a minute after the last: three reviews and three requests with different deadlines; two claimed.</summary>
    private async Task<List<TaskView>> SixTasksAsync()
    {
        await PeopleAsync();
        foreach (var order in Orders)
        {
            await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
            await Archive.RegisterBatchAsync("arojas", order);
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
        }
        foreach (var days in new[] { 9, 3, 6 })
        {
            var due = DateOnly.FromDateTime(Factory.Time.GetUtcNow().AddDays(days).UtcDateTime).ToString("yyyy-MM-dd");
            (await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Orders[0], reason = "Reclamo", dueDate = due }, "carla")).EnsureSuccessStatusCode();
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
        }
        var all = await PageAsync("gestora", "pageSize=200");
        Assert.Equal(6, all.Total);
        await (await Client.Http.PostAsJsonAsync($"/api/tasks/{all.Items[1].Id}/claim", null, "gestor2")).ReadAsync<TaskView>();
        await (await Client.Http.PostAsJsonAsync($"/api/tasks/{all.Items[4].Id}/claim", null, "legal")).ReadAsync<TaskView>();
        return (await PageAsync("gestora", "pageSize=200")).Items.ToList();
    }

    private async Task<PagedList<TaskView>> PageAsync(string actor, string query) =>
        await (await Client.Http.GetAsync($"/api/tasks?{query}", actor)).ReadAsync<PagedList<TaskView>>();

    [Fact]
    public async Task Pages_carry_the_total_and_every_column_sorts_both_ways_in_the_database()
    {
        var tasks = await SixTasksAsync();
        Assert.Equal(["Zoe Arias", "Ana Lima"], tasks.Where(t => t.Assignee is not null).Select(t => t.AssigneeName));

        var last = await PageAsync("gestora", "page=3&pageSize=4");
        Assert.Equal((3, 4, 6), (last.Page, last.PageSize, last.Total));
        Assert.Empty(last.Items);
        Assert.Equal(2, (await PageAsync("gestora", "page=2&pageSize=4")).Items.Count);

        foreach (var column in TaskSort.Columns)
        foreach (var descending in new[] { false, true })
        {
            var seen = new List<TaskView>();
            for (var page = 1; page <= 3; page++)
            {
                var answer = await PageAsync("gestora", $"sort={column}&desc={descending}&page={page}&pageSize=2");
                Assert.Equal(6, answer.Total);
                seen.AddRange(answer.Items);
            }
            Assert.True(Expected(tasks, column, descending).Select(t => t.Id).SequenceEqual(seen.Select(t => t.Id)),
                $"sort={column} desc={descending}: {string.Join(" | ", seen.Select(t => $"{t.BusinessKey} {t.AssigneeName} {t.DueAt:O}"))}");
        }
    }

    /// <summary>The rule the database follows: empty values last either way, then the column, then oldest first.</summary>
    private static IEnumerable<TaskView> Expected(IEnumerable<TaskView> tasks, string column, bool descending)
    {
        Func<TaskView, object?> key = column switch
        {
            TaskSort.BusinessKey => t => t.BusinessKey,
            TaskSort.Name => t => t.Name,
            TaskSort.Role => t => t.CandidateRole,
            TaskSort.Assignee => t => t.AssigneeName,
            TaskSort.DueAt => t => t.DueAt,
            _ => t => t.CreatedAt,
        };
        var empties = tasks.OrderBy(t => key(t) is null);
        var comparer = Comparer<object?>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<object?>.Default.Compare(a, b));
        var sorted = descending ? empties.ThenByDescending(key, comparer) : empties.ThenBy(key, comparer);
        return sorted.ThenBy(t => t.CreatedAt);
    }

    [Fact]
    public async Task An_unknown_sort_column_is_refused_with_its_code_and_the_columns_there_are()
    {
        var problem = await (await Client.Http.GetAsync("/api/tasks?sort=password", "gestora")).ProblemAsync(400);
        Assert.Equal("task-sort-unknown", problem.Code());
        Assert.Contains("dueAt", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Only_a_coordinator_gives_a_task_to_a_colleague_who_holds_its_role_and_the_colleague_reads_the_comment()
    {
        await PeopleAsync();
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Orders[0]));
        await Archive.RegisterBatchAsync("arojas", Orders[0]);
        var review = await Client.OpenTaskAsync(ManagerRole, Orders[0], "Task_ReviewChecklist");
        var url = $"/api/tasks/{review.Id}/assign";

        // Wrong role: neither an advisor nor a retention monitor hands out the manager's work.
        foreach (var outsider in new[] { "ana.rojas", "monitora" })
            Assert.Equal(403, (int)(await Client.Http.PostAsJsonAsync(url, new { userName = "gestor2" }, outsider)).StatusCode);
        // A colleague without the task's role, or nobody at all, cannot receive it.
        Assert.Equal("task-assignee-lacks-role", (await (await Client.Http.PostAsJsonAsync(url, new { userName = "ana.rojas" }, "gestora")).ProblemAsync(400)).Code());
        Assert.Equal("task-assignee-lacks-role", (await (await Client.Http.PostAsJsonAsync(url, new { userName = "monitora" }, "admin")).ProblemAsync(400)).Code());
        Assert.Equal("task-assignee-unknown", (await (await Client.Http.PostAsJsonAsync(url, new { userName = "nadie" }, "gestora")).ProblemAsync(400)).Code());
        Assert.Equal("task-assignee-required", (await (await Client.Http.PostAsJsonAsync(url, new { userName = " " }, "gestora")).ProblemAsync(400)).Code());
        Assert.Null((await Client.OpenTaskAsync(ManagerRole, Orders[0], "Task_ReviewChecklist")).Assignee);

        var colleagues = await (await Client.Http.GetAsync($"/api/tasks/{review.Id}/colleagues", "gestora")).ReadAsync<List<ColleagueView>>();
        Assert.Equal(["Ana Lima", "Gabriela Soliz", "Zoe Arias"], colleagues.Select(c => c.DisplayName));

        var assigned = await (await Client.Http.PostAsJsonAsync(url, new { userName = "gestor2", comment = "Revise el contrato con la lupa, Zoe." }, "gestora")).ReadAsync<TaskView>();
        Assert.Equal(("gestor2", "Zoe Arias", "Claimed"), (assigned.Assignee, assigned.AssigneeName, assigned.Status));
        Assert.Contains(review.Id, (await PageAsync("gestor2", "assignee=gestor2")).Items.Select(t => t.Id));

        // The next worker reads it, by name and time, and answers; someone outside the task's role cannot take it at all.
        var comments = await (await Client.Http.GetAsync($"/api/tasks/{review.Id}/comments", "gestor2")).ReadAsync<List<TaskCommentView>>();
        var comment = Assert.Single(comments);
        Assert.Equal(("gestora", "Gabriela Soliz", "Revise el contrato con la lupa, Zoe."), (comment.Author, comment.AuthorName, comment.Text));
        Assert.True((Factory.Time.GetUtcNow() - comment.At).Duration() < TimeSpan.FromMilliseconds(1));
        Factory.Time.Advance(TimeSpan.FromMinutes(5));
        (await Client.Http.PostAsJsonAsync($"/api/tasks/{review.Id}/comments", new { text = "Hecho: firma en orden." }, "gestor2")).EnsureSuccessStatusCode();
        Assert.Equal(["Gabriela Soliz", "Zoe Arias"], (await (await Client.Http.GetAsync($"/api/tasks/{review.Id}/comments", "legal")).ReadAsync<List<TaskCommentView>>()).Select(c => c.AuthorName));
        Assert.Equal("task-for-other-role", (await (await Client.Http.PostAsJsonAsync(url, new { userName = "monitora" }, "monitora")).ProblemAsync(403)).Code());
        Assert.Equal("task-comment-empty", (await (await Client.Http.PostAsJsonAsync($"/api/tasks/{review.Id}/comments", new { text = "  " }, "gestor2")).ProblemAsync(400)).Code());

        // Stored and audited: who wrote what, in the audit trail.
        var trail = await (await Client.Http.GetAsync($"/api/audit/TaskComment/{comment.Id}", "admin")).ReadAsync<JsonElement>();
        Assert.Contains("Revise el contrato", trail.GetRawText());
        Assert.Contains("gestora", trail.GetRawText());
        var journal = await Client.InstanceAsync(review.InstanceId);
        Assert.Contains(journal.Journal, j => j.Summary == "Asignada a gestor2 por gestora");
    }

    [Fact]
    public async Task An_advisors_task_goes_only_to_the_advisor_whose_sale_it_is()
    {
        await PeopleAsync();
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Orders[1], "arojas"));
        await Archive.RegisterBatchAsync("arojas", Orders[1]);
        await Client.WorkAsync(ManagerRole, Orders[1], "Task_ReviewChecklist", "gestora", await Archive.ReviewAsync(Orders[1], "contrato"));
        var correction = await Client.OpenTaskAsync(AdvisorRole, Orders[1], "Task_CorrectDocumentation");
        var url = $"/api/tasks/{correction.Id}/assign";

        // The manager does not see advisors' tasks, so she cannot hand them out either.
        Assert.Equal(403, (int)(await Client.Http.PostAsJsonAsync(url, new { userName = "ana.rojas" }, "gestora")).StatusCode);
        Assert.Equal("task-assignee-not-dossier-advisor",
            (await (await Client.Http.PostAsJsonAsync(url, new { userName = "luis.fernandez" }, "admin")).ProblemAsync(400)).Code());
        Assert.Equal(["Ana Rojas"], (await (await Client.Http.GetAsync($"/api/tasks/{correction.Id}/colleagues", "admin")).ReadAsync<List<ColleagueView>>()).Select(c => c.DisplayName));
        var assigned = await (await Client.Http.PostAsJsonAsync(url, new { userName = "ana.rojas", comment = "Falta la firma del contrato." }, "admin")).ReadAsync<TaskView>();
        Assert.Equal("Ana Rojas", assigned.AssigneeName);
        // Another advisor does not even see it.
        Assert.Equal(404, (int)(await Client.Http.GetAsync($"/api/tasks/{correction.Id}/comments", "luis.fernandez")).StatusCode);
    }
}

public sealed class SqliteInboxApiTests() : InboxApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresInboxApiTests() : InboxApiTests(DatabaseProvider.Postgres);
