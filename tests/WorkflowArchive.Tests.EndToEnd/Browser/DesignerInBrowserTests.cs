using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Browser;

/// <summary>
/// The process owner changes the procedure in the designer (bpmn-js in Debian's chromium): the correction deadline in
/// business days (its reminder moved along) and a new user task, published as v2 after a confirmation with a comment.
/// A dossier started before finishes on v1; the next one runs on v2. The archive's calendar has a holiday on Monday
/// 7 June 2027, so a dossier returned on Friday 4 June is due on Monday 14 June.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Kind", "Browser")]
public sealed class DesignerInBrowserTests : IAsyncLifetime
{
    private const string Before = "SF-2027-009101";
    private const string After = "SF-2027-009102";
    private BrowserHost _host = null!;
    private ProcedureClient _api = null!;

    public async Task InitializeAsync()
    {
        _host = await BrowserHost.StartAsync(new Dictionary<string, string> { ["Archive:Holidays:0"] = "2027-06-07" });
        _api = new ProcedureClient(_host.Factory.CreateClient());
        _api.Http.DefaultRequestHeaders.Add("X-Actor", "admin");
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(Before));
        await DomainSeed.SaleAsync(_host.Factory, DomainSeed.Sale(After));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_process_owner_publishes_v2_and_only_dossiers_started_after_it_run_on_it()
    {
        await RegisterAsync(Before);
        var owner = await _host.SignInAsync("duena", "Daniela Vargas");

        await owner.OpenAsync("Diseñador");
        await owner.Locator("[data-testid='edit-definition'][data-key='gestion-documental']").ClickAsync();
        await WaitForDiagramAsync(owner, "designer-canvas");

        // The correction deadline in business days: the panel checks the number as it is typed, and keeps a wrong one out of the file.
        await SelectAsync(owner, "Task_CorrectDocumentation");
        await owner.Locator("#bio-properties-panel-wa-dueDate-unit").SelectOptionAsync("BD");
        await owner.Locator("#bio-properties-panel-wa-dueDate").FillAsync("cinco");
        await Assertions.Expect(owner.Locator("[data-entry-id='wa-dueDate'] .bio-properties-panel-error")).ToContainTextAsync("número entero de días hábiles");
        await owner.Locator("#bio-properties-panel-wa-dueDate").FillAsync("5");
        await Assertions.Expect(owner.Locator("[data-entry-id='wa-dueDate'] .bio-properties-panel-error")).ToHaveCountAsync(0);

        // Its reminder still waits ${correctionDuration}: the panel and the validator say so, and one action moves it.
        var offDueDate = owner.Locator("[data-testid='reminder-off-due-date']");
        await Assertions.Expect(offDueDate).ToContainTextAsync("5 días hábiles");
        await owner.ClickOnAsync("designer-validate");
        await Assertions.Expect(owner.Locator("[data-testid='problem-row'][data-element-id='Task_CorrectDocumentation']"))
            .ToContainTextAsync("Plazo de corrección vencido");
        await Assertions.Expect(owner.Locator("[data-testid='designer-canvas'] [data-element-id='Task_CorrectDocumentation'].wa-warning")).ToHaveCountAsync(1);
        await BrowserHost.ScreenshotAsync(owner, "disenador-recordatorio");
        await owner.Locator("[data-testid='move-reminder'][data-element-id='Boundary_CorrectionOverdue']").ClickAsync();
        await Assertions.Expect(offDueDate).ToHaveCountAsync(0);
        await owner.ClickOnAsync("designer-validate");
        await Assertions.Expect(owner.Locator("[data-testid='problem-row'][data-element-id='Task_CorrectDocumentation']")).ToHaveCountAsync(0);
        await SelectAsync(owner, "Boundary_CorrectionOverdue");
        await Assertions.Expect(owner.Locator("#bio-properties-panel-wa-timerValue-unit")).ToHaveValueAsync("BD");
        await Assertions.Expect(owner.Locator("#bio-properties-panel-wa-timerValue")).ToHaveValueAsync("5");
        await Assertions.Expect(owner.Locator("[data-testid='designer-dirty']")).ToBeVisibleAsync();

        // A new step after classification, inserted through the modeler.
        await SelectAsync(owner, "Task_Classify");
        await owner.FillFieldAsync("designer-new-task-name", "Revisar clasificación");
        await owner.ClickOnAsync("designer-add-user-task");
        await Assertions.Expect(owner.Locator("#bio-properties-panel-name")).ToHaveValueAsync("Revisar clasificación");
        await BrowserHost.ScreenshotAsync(owner, "disenador");

        await owner.ClickOnAsync("designer-save");
        await Assertions.Expect(owner.Locator("[data-testid='designer-problems']")).ToContainTextAsync("se puede publicar", new() { IgnoreCase = true });
        // Publishing asks for confirmation, and a comment for the version history.
        await owner.ClickOnAsync("designer-publish");
        await owner.ClickOnAsync("designer-publish-confirmed");
        await Assertions.Expect(owner.Locator("[data-testid='designer-publish-confirm']")).ToContainTextAsync("Escriba qué cambió");
        await owner.FillFieldAsync("designer-comment", "Corrección en 5 días hábiles; revisar la clasificación");
        await owner.ClickOnAsync("designer-publish-confirmed");
        await Assertions.Expect(owner.Locator(".mud-snackbar").Filter(new() { HasText = "Publicada la versión 2" })).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // The history says who published what, and the diff lists the changes.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Versiones" }).First.ClickAsync();
        await Assertions.Expect(owner.Locator("[data-testid='version-list']")).ToContainTextAsync("Corrección en 5 días hábiles");
        await owner.ClickOnAsync("diff-run");
        var diff = owner.Locator("[data-testid='diff-list']");
        await Assertions.Expect(diff.Locator("[data-testid='diff-row'][data-element-id='Task_CorrectDocumentation']")).ToContainTextAsync("5BD");
        await Assertions.Expect(diff.Locator("[data-testid='diff-row'][data-element-id='Boundary_CorrectionOverdue']")).ToContainTextAsync("5BD");
        await Assertions.Expect(diff.Locator("[data-testid='diff-row'][data-change='Added']").Filter(new() { HasText = "Revisar clasificación" })).ToHaveCountAsync(1);
        await BrowserHost.ScreenshotAsync(owner, "disenador-versiones");
        var added = await _api.Http.GetAsync<DefinitionDiffView>("/api/definitions/gestion-documental/diff?from=1&to=2");
        var newTask = added.Changes.Single(c => c.ElementType == "UserTask" && c.Change == Workflows.Definitions.ChangeKind.Added).ElementId;

        // The next dossier runs on v2: returned on Friday 4 June at 11:30 in La Paz, it is due five working days later,
        // past the weekend and Monday's holiday, and its reminder with it; then the new step before archiving.
        await RegisterAsync(After);
        var old = await InstanceAsync(Before);
        var fresh = await InstanceAsync(After);
        Assert.Equal(1, old.DefinitionVersion);
        Assert.Equal(2, fresh.DefinitionVersion);

        _host.Factory.Time.SetUtcNow(DateTimeOffset.Parse("2027-06-04T15:30:00Z"));
        await _api.WorkAsync(ManagerRole, After, "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));
        var freshDetail = await _api.InstanceAsync(fresh.Id);
        var freshCorrection = freshDetail.Tasks.Single(t => t.ElementId == "Task_CorrectDocumentation");
        var mondayAfter = DateTimeOffset.Parse("2027-06-14T15:30:00Z");
        Assert.Equal(mondayAfter, freshCorrection.DueAt);
        Assert.Equal(mondayAfter, freshDetail.Timers.Single(t => t.ElementId == "Boundary_CorrectionOverdue").DueAt);
        await _api.WorkAsync(AdvisorRole, After, "Task_CorrectDocumentation", "ana.rojas", Correction("contrato"));
        await _api.WorkAsync(ManagerRole, After, "Task_ReviewChecklist", "gestora", Review());
        Assert.Equal("Revisar clasificación", (await _api.OpenTaskAsync(ManagerRole, After, newTask)).Name);

        // Its page shows where it is now on the v2 diagram, and the way it came.
        await owner.GotoAsync($"/procesos/{fresh.Id}");
        await WaitForDiagramAsync(owner, "diagram-viewer");
        var viewer = owner.Locator("[data-testid='diagram-viewer']");
        await Assertions.Expect(viewer.Locator($"[data-element-id='{newTask}'].wa-active")).ToHaveCountAsync(1);
        await Assertions.Expect(viewer.Locator("[data-element-id='Task_Classify'].wa-visited")).ToHaveCountAsync(1);
        await Assertions.Expect(viewer.Locator("[data-element-id='Flow_RegisterReturn_CorrectDocumentation'].wa-taken")).ToHaveCountAsync(1);
        await Assertions.Expect(viewer.Locator("[data-element-id='Task_Archive'].wa-visited")).ToHaveCountAsync(0);
        await BrowserHost.ScreenshotAsync(owner, "proceso");

        // The dossier started before finishes on v1 (its ${correctionDuration} is business days too), and it skips the new step.
        await _api.WorkAsync(ManagerRole, Before, "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));
        var oldCorrection = (await _api.InstanceAsync(old.Id)).Tasks.Single(t => t.ElementId == "Task_CorrectDocumentation");
        Assert.Equal(mondayAfter, oldCorrection.DueAt);
        await _api.WorkAsync(AdvisorRole, Before, "Task_CorrectDocumentation", "ana.rojas", Correction("contrato"));
        await _api.WorkAsync(ManagerRole, Before, "Task_ReviewChecklist", "gestora", Review());
        await _api.WorkAsync(ManagerRole, Before, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-01" });
        _host.Factory.Time.Advance(TimeSpan.FromDays(2 * 366));
        await _host.Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().FireDueTimersAsync(CancellationToken.None));
        var manifests = await _api.Http.GetAsync<System.Text.Json.JsonElement>("/api/manifests");
        var manifest = Assert.Single(manifests.EnumerateArray()).GetProperty("number").GetString();
        await (await _api.Http.PostAsJsonAsync($"/api/manifests/{manifest}/dispatch", new { carriedBy = "Mensajería interna" }, "gestora"))
            .ReadAsync<System.Text.Json.JsonElement>();
        await (await _api.Http.PostAsJsonAsync($"/api/manifests/{manifest}/reception", new { receiptNumber = "ADM-ARC-2029-0100", receivedBy = "Encargada" }, "gestora"))
            .ReadAsync<System.Text.Json.JsonElement>();

        var finished = await _api.InstanceAsync(old.Id);
        Assert.Equal("Completed", finished.Instance.Status);
        Assert.Equal(1, finished.Instance.DefinitionVersion);
        Assert.DoesNotContain(finished.Journal, j => j.ElementId == newTask);
        Assert.Equal("Active", (await _api.InstanceAsync(fresh.Id)).Instance.Status);
    }

    [Fact]
    public async Task Validation_errors_show_on_their_elements_and_an_import_with_an_unsupported_element_is_refused_naming_it()
    {
        var draft = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Designer", "Files", "borrador-con-errores.bpmn"));
        await (await _api.Http.PutAsync("/api/definitions/draft", new StringContent(draft, System.Text.Encoding.UTF8, "application/xml"))).ReadAsync<DraftSaved>();
        var owner = await _host.SignInAsync("duena", "Daniela Vargas");

        await owner.OpenAsync("Diseñador");
        await owner.Locator("[data-testid='edit-definition'][data-key='revision-rapida']").ClickAsync();
        await WaitForDiagramAsync(owner, "designer-canvas");
        await owner.ClickOnAsync("designer-validate");

        var canvas = owner.Locator("[data-testid='designer-canvas']");
        await Assertions.Expect(canvas.Locator("[data-element-id='Task_SinActividad'].wa-error")).ToHaveCountAsync(1);
        await Assertions.Expect(canvas.Locator("[data-testid='problem-badge'][data-element-id='Task_SinActividad']")).ToBeVisibleAsync();
        await Assertions.Expect(canvas.Locator("[data-element-id='Task_Plazo'].wa-error")).ToHaveCountAsync(1);
        await Assertions.Expect(canvas.Locator("[data-element-id='Start_Revision'].wa-error")).ToHaveCountAsync(0);
        await Assertions.Expect(owner.Locator("[data-testid='problem-row'][data-element-id='Task_SinActividad']"))
            .ToContainTextAsync(EngineTexts.BpmnServiceTaskWithoutActivity.Template(TextKey.Spanish)!.Split('{')[0].Trim());
        await BrowserHost.ScreenshotAsync(owner, "disenador-errores");

        // Choosing the activity in the panel and fixing the deadline clears both marks.
        await SelectAsync(owner, "Task_SinActividad");
        await owner.Locator("#bio-properties-panel-wa-activity").SelectOptionAsync("register-request");
        await SelectAsync(owner, "Task_Plazo");
        await owner.Locator("#bio-properties-panel-wa-dueDate").FillAsync("P5D");
        await Assertions.Expect(owner.Locator("[data-testid='designer-dirty']")).ToBeVisibleAsync();
        await owner.ClickOnAsync("designer-validate");
        await Assertions.Expect(canvas.Locator(".wa-error")).ToHaveCountAsync(0);
        await Assertions.Expect(owner.Locator("[data-testid='designer-problems']")).ToContainTextAsync("se puede publicar", new() { IgnoreCase = true });

        // An import with an element the engine does not run is refused, and the page names it.
        await owner.OpenAsync("Diseñador");
        await owner.Locator("[data-testid='designer-import']").SetInputFilesAsync(new FilePayload
        {
            Name = "con-script.bpmn", MimeType = "application/xml",
            Buffer = System.Text.Encoding.UTF8.GetBytes(draft.Replace("revision-rapida", "con-script")
                .Replace("""<bpmn:serviceTask id="Task_SinActividad" name="Registrar pedido" />""", """<bpmn:scriptTask id="Script_Calcular" name="Calcular" />""")
                .Replace("\"Task_SinActividad\"", "\"Script_Calcular\"")),
        });
        await Assertions.Expect(owner.Locator("[data-testid='import-refused-element'][data-element-id='Script_Calcular']")).ToContainTextAsync("Script_Calcular");
        await BrowserHost.ScreenshotAsync(owner, "disenador-importacion");
    }

    private async Task RegisterAsync(string order)
    {
        var response = await _api.Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = "arojas", deliveredOn = "2027-06-01", binderNumber = $"Archivador {order[^2..]}", entries = new[] { new { orderNumber = order } },
        }, "gestora");
        await response.ReadAsync<System.Text.Json.JsonElement>();
    }

    private async Task<InstanceSummary> InstanceAsync(string order)
    {
        var page = await _api.Http.GetAsync<PagedList<InstanceSummary>>($"/api/instances?definitionKey=gestion-documental&businessKey={order}");
        return Assert.Single(page.Items);
    }

    private static Task WaitForDiagramAsync(IPage page, string testId) =>
        page.Locator($"[data-testid='{testId}'][data-diagram-ready='true']").WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>Clicks the element on the canvas, as a person does, and waits for the panel to show it.</summary>
    private static async Task SelectAsync(IPage page, string elementId)
    {
        await page.Locator($"[data-testid='designer-canvas'] .djs-element[data-element-id='{elementId}']").ClickAsync();
        await Assertions.Expect(page.Locator("#bio-properties-panel-id")).ToHaveValueAsync(elementId);
    }
}
