using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Browser;

/// <summary>A half-filled review survives a restart of the service: the reloaded form brings the marks back and says so.</summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class DraftInBrowserTests : IAsyncLifetime
{
    private const string Order = "SF-2027-009201";

    private BrowserHost _host = null!;

    public async Task InitializeAsync() => _host = await BrowserHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ILocator Line(IPage page, string code) => page.Locator($"[data-testid=review-line][data-code={code}]");

    /// <summary>The radio input of a decision (MudBlazor puts the test id on the input or on an element around it).</summary>
    private static ILocator Verdict(IPage page, string code, string verdict) =>
        Line(page, code).Locator($"input[data-testid=verdict-{verdict}], [data-testid=verdict-{verdict}] input").First;

    /// <summary>The radio input of the forms that arrived (original, copy, both).</summary>
    private static ILocator Forms(IPage page, string code, string forms) =>
        Line(page, code).Locator($"input[data-testid=forms-{forms}], [data-testid=forms-{forms}] input").First;

    [Fact]
    public async Task The_marks_of_a_half_filled_review_are_back_after_the_server_restarts()
    {
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(Order));
        var client = new ProcedureClient(_host.Factory.CreateClient());
        client.Http.DefaultRequestHeaders.Add("X-Actor", "gestora");
        await (await client.Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = "arojas", deliveredOn = "2027-06-01", binderNumber = "Archivador 92", entries = new[] { new { orderNumber = Order } },
        }, "gestora")).ReadAsync<JsonObject>();
        var task = await client.OpenTaskAsync(LifecycleHost.Manager, Order, "Task_ReviewChecklist");

        var manager = await _host.SignInAsync("gestora", "Gabriela Soliz");
        await manager.GotoAsync($"/tareas/{task.Id}");
        await manager.WaitForLiveAsync();
        await Verdict(manager, "contrato", "unsigned").CheckAsync();
        await Forms(manager, "contrato", "both").CheckAsync();
        await Verdict(manager, "ci", "correct").CheckAsync();
        await Forms(manager, "ci", "copy").CheckAsync();
        await Assertions.Expect(manager.Locator("[data-testid=submit-reason]")).ToHaveTextAsync("Faltan 3 decisiones.");
        await manager.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('workflowarchive.draft.gestora.'))");

        await _host.RestartAsync();
        await manager.ReloadAsync();
        await manager.WaitForLiveAsync();

        await Assertions.Expect(Line(manager, "contrato")).ToHaveAttributeAsync("data-decided", "true");
        await Assertions.Expect(Verdict(manager, "contrato", "unsigned")).ToBeCheckedAsync();
        await Assertions.Expect(Verdict(manager, "ci", "correct")).ToBeCheckedAsync();
        await Assertions.Expect(Forms(manager, "ci", "copy")).ToBeCheckedAsync();
        await Assertions.Expect(Line(manager, "croquis")).ToHaveAttributeAsync("data-decided", "false");
        await Assertions.Expect(manager.Locator("[data-testid=submit-reason]")).ToHaveTextAsync("Faltan 3 decisiones.");
        await Assertions.Expect(manager.GetByText("Se recuperó lo que había marcado")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(manager, "revision-recuperada");
    }
}
