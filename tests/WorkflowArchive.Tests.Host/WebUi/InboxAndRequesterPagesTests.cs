using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Components.Layout;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Tests.Support;
using InboxPage = WorkflowArchive.Host.Components.Pages.Inbox;
using RequestsPage = WorkflowArchive.Host.Components.Pages.Requests;
using TaskPage = WorkflowArchive.Host.Components.Tasks.TaskPage;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>
/// The inbox as a manager reads it (names, pages, Enter on a search) and the requester's home: their own requests,
/// updated when the hub says one was answered.
/// </summary>
public sealed class InboxAndRequesterPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static readonly string[] Orders = ["SF-2027-000821", "SF-2027-000822", "SF-2027-000831"];

    private async Task ReviewsAsync()
    {
        await Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<UserSeeder>().EnsureAsync("gestora", "Gabriela Soliz", Roles.DocumentManager, null, TestActors.Password);
            return await sp.GetRequiredService<UserSeeder>().EnsureAsync("gestor2", "Zoe Arias", Roles.DocumentManager, null, TestActors.Password);
        });
        foreach (var order in Orders)
        {
            await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
            await Archive.RegisterBatchAsync("arojas", order);
        }
        var claimed = await Client.OpenTaskAsync(LifecycleHost.Manager, Orders[2], "Task_ReviewChecklist");
        (await Client.Http.PostAsJsonAsync($"/api/tasks/{claimed.Id}/claim", null, "gestora")).EnsureSuccessStatusCode();
    }

    private static List<string> Keys(IRenderedComponent<InboxPage> inbox) =>
        inbox.FindAll("[data-testid=task-business-key]").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_inbox_shows_names_and_its_count_and_Enter_opens_the_single_match_only()
    {
        await ReviewsAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var inbox = pages.RenderPage<InboxPage>();
        inbox.WaitForAssertion(() => Assert.Equal(3, Keys(inbox).Count));
        // Who holds a task, by name, never by login.
        inbox.WaitForAssertion(() => Assert.Contains("Gabriela Soliz", inbox.FindAll("[data-testid=task-assignee]").Select(c => c.TextContent.Trim())));
        Assert.DoesNotContain(">gestora<", inbox.Markup);
        // The pager counts what the database holds for her.
        Assert.Contains("1–3 de 3", inbox.Find("[data-testid=inbox-pager]").TextContent);

        // Enter in the search: several match, the list narrows and a hint says so; none, a hint; one, it opens.
        var navigation = pages.Services.GetRequiredService<NavigationManager>();
        await SearchAsync(inbox, "SF-2027-00082");
        inbox.WaitForAssertion(() => Assert.Contains("2 tareas coinciden", inbox.Find("[data-testid=inbox-search-hint]").TextContent));
        inbox.WaitForAssertion(() => Assert.Equal(2, Keys(inbox).Count));
        Assert.EndsWith("/", navigation.Uri);
        await SearchAsync(inbox, "SF-2099");
        inbox.WaitForAssertion(() => Assert.Contains("Ninguna tarea coincide", inbox.Find("[data-testid=inbox-search-hint]").TextContent));
        Assert.EndsWith("/", navigation.Uri);
        var single = await Client.OpenTaskAsync(LifecycleHost.Manager, Orders[1], "Task_ReviewChecklist");
        await SearchAsync(inbox, Orders[1]);
        inbox.WaitForAssertion(() => Assert.EndsWith($"/tareas/{single.Id}", navigation.Uri));
    }

    /// <summary>Types into the search and presses Enter, as a person (or a scanner) does.</summary>
    private static async Task SearchAsync(IRenderedComponent<InboxPage> inbox, string text)
    {
        inbox.Find("input[data-testid=inbox-search], [data-testid=inbox-search] input").Input(text);
        await inbox.Find("[data-testid=inbox-search-box]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
    }

    [Fact]
    public async Task A_colleague_opens_the_task_she_was_given_and_reads_who_wrote_what()
    {
        await ReviewsAsync();
        await Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync("gestora", "Gabriela Soliz", Roles.DocumentManager, null, TestActors.Password));
        var task = await Client.OpenTaskAsync(LifecycleHost.Manager, Orders[0], "Task_ReviewChecklist");
        (await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/assign", new { userName = "gestor2", comment = "Zoe: el croquis está al reverso." }, "gestora"))
            .EnsureSuccessStatusCode();

        await using var pages = await PageHarness.SignInAsync(Factory, "gestor2");
        var page = pages.RenderPage<TaskPage>(p => p.Add(t => t.Id, task.Id));
        page.WaitForAssertion(() => Assert.Contains("Zoe: el croquis está al reverso.", page.Find("[data-testid=task-comment-text]").TextContent));
        Assert.Equal("Gabriela Soliz", page.Find("[data-testid=task-comment-author]").TextContent.Trim());
        Assert.Contains("Zoe Arias", page.Find("[data-testid=task-taken-by]").TextContent);
        // A document manager coordinates too: she may pass it on, and the list offers her colleagues by name.
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=task-assign]")));
    }

    [Fact]
    public async Task A_requester_lands_on_her_requests_and_the_row_and_badge_follow_the_hub()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Orders[0]));
        var created = await Client.Http.PostAsJsonAsync("/api/requests", new { orderNumber = Orders[0], reason = "Reclamo ATT" }, "carla").ReadAsyncFrom<JsonElement>();
        var number = created.GetProperty("number").GetString()!;
        await using var pages = await PageHarness.SignInAsync(Factory, "carla");
        var navigation = pages.Services.GetRequiredService<NavigationManager>();

        pages.RenderPage<InboxPage>();
        Assert.EndsWith("/solicitudes", navigation.Uri);

        // The popover host is already there, from the inbox's render.
        var page = pages.Render<RequestsPage>();
        pages.Render<LiveNotifications>();
        page.WaitForAssertion(() => Assert.Equal("Mis solicitudes", page.Find("h1").TextContent.Trim()));
        page.WaitForAssertion(() => Assert.Contains("Registrada", page.Find("[data-testid=request-status]").TextContent));

        await Client.WorkAsync(LifecycleHost.Manager, number, "Task_LocateAndDeliver", "gestora",
            new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy", ["dossierOrderNumber"] = Orders[0] });
        var feed = pages.Services.GetRequiredService<TaskFeed>();
        var news = JsonSerializer.SerializeToElement(new RequestNotification(number, "carla", "Recovered"), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await page.InvokeAsync(() => feed.Receive("RequestUpdated", news));

        page.WaitForAssertion(() => Assert.Contains("Entregada", page.Find("[data-testid=request-status]").TextContent));
        Assert.Contains(pages.Messages, m => m == $"Su solicitud {number} fue entregada.");
        Assert.Equal(1, feed.RequestNewsCount);
    }
}
