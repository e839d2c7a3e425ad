using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.LifecycleHost;

namespace WorkflowArchive.Tests.Security;

public sealed class SignInAndScopeTests
{
    [Fact]
    public async Task A_wrong_password_is_refused_and_five_in_a_row_lock_the_account()
    {
        await using var host = await StartAsync();
        await host.Factory.InScopeAsync(sp => sp.GetRequiredService<UserSeeder>().EnsureAsync("rosa", "Rosa", Roles.DocumentManager, null, TestActors.Password));
        using var anonymous = host.Factory.CreateAnonymousClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "rosa", password = "incorrecta" });
            await wrong.ProblemAsync(401);
        }
        var locked = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "rosa", password = TestActors.Password });

        Assert.Equal("sign-in-failed", (await locked.ProblemAsync(401)).Code());
    }

    [Fact]
    public async Task Who_am_I_tells_the_roles_and_the_advisor_code()
    {
        await using var host = await StartAsync();

        var me = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me") { Headers = { { "X-Actor", "ana.rojas" } } });

        var user = await me.ReadAsync<CurrentUser>();
        Assert.Equal("ana.rojas", user.UserName);
        Assert.Equal([Roles.Advisor], user.Roles);
        Assert.Equal("arojas", user.AdvisorCode);
    }

    [Fact]
    public async Task An_advisor_sees_and_works_only_on_the_returns_of_their_own_sales()
    {
        await using var host = await StartAsync();
        foreach (var (order, advisor) in new[] { ("SF-2027-000900", "arojas"), ("SF-2027-000901", "lfernandez") })
        {
            await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale(order, advisor));
            await host.RegisterBatchAsync(advisor, order);
            await host.Client.WorkAsync(Manager, order, "Task_ReviewChecklist", "gestora", await host.ReviewAsync(order, "contrato"));
        }

        var anasInbox = await AsAsync<PagedList<TaskView>>(host, "ana.rojas", "/api/tasks");
        var anasDossiers = await AsAsync<JsonElement>(host, "ana.rojas", "/api/dossiers");

        Assert.Equal(["SF-2027-000900"], anasInbox.Items.Select(t => t.BusinessKey));
        Assert.Equal(1, anasDossiers.GetProperty("total").GetInt32());
        var luisTask = await host.Client.OpenTaskAsync(Advisor, "SF-2027-000901", "Task_CorrectDocumentation");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{luisTask.Id}/complete") { Content = JsonContent.Create(new { variables = new JsonObject() }) };
        request.Headers.Add("X-Actor", "ana.rojas");
        Assert.Equal("dossier-of-other-advisor", (await (await host.Http.SendAsync(request)).ProblemAsync(403)).Code());
        var othersDossier = new HttpRequestMessage(HttpMethod.Get, "/api/dossiers/SF-2027-000901") { Headers = { { "X-Actor", "ana.rojas" } } };
        await (await host.Http.SendAsync(othersDossier)).ProblemAsync(403);
    }

    private static async Task<T> AsAsync<T>(LifecycleHost host, string actor, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Actor", actor);
        return await (await host.Http.SendAsync(request)).ReadAsync<T>();
    }
}
