using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Definitions;
using static WorkflowArchive.Tests.Support.TestBpmn;

namespace WorkflowArchive.Tests.Designer;

/// <summary>What the designer does through the API: validate with element ids, import other modelers' files, export, diff.</summary>
public sealed class DesignerApiTests() : ApiTest("duena")
{
    private static string File(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Designer", "Files", name));

    private Task<HttpResponseMessage> ImportAsync(string xml, string? key = null) =>
        Http.PostAsync("/api/definitions/import" + (key is null ? "" : $"?key={key}"), new StringContent(xml, Encoding.UTF8, "application/xml"));


    [Fact]
    public async Task Validation_names_the_element_of_each_problem()
    {
        var xml = Process("checked", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "Task_NoActivity")}
            <serviceTask id="Task_NoActivity" name="Sin actividad" />
            {Flow("f2", "Task_NoActivity", "Task_BadDue")}
            {UserTask("Task_BadDue", "wa:dueDate=\"cinco días\"")}
            {Flow("f3", "Task_BadDue", "Timer_Bad")}
            <intermediateCatchEvent id="Timer_Bad"><timerEventDefinition><timeDuration>PT</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {Flow("f4", "Timer_Bad", "end")}
            <endEvent id="end" />
            """);

        var report = await (await Http.PostAsync("/api/definitions/validate", new StringContent(xml, Encoding.UTF8, "application/xml"))).ReadAsync<ValidationReport>();

        Assert.False(report.Publishable);
        var errors = report.Diagnostics.Where(d => d.Severity == "Error").ToList();
        Assert.Contains(errors, e => e is { ElementId: "Task_NoActivity", Code: "bpmn-service-task-without-activity" });
        Assert.Contains(errors, e => e is { ElementId: "Task_BadDue", Code: "bpmn-due-date-invalid" } && e.Message.Contains("cinco días"));
        Assert.Contains(errors, e => e is { ElementId: "Timer_Bad", Code: "iso-duration-invalid" });
    }

    [Fact]
    public async Task A_Camunda_Modeler_file_imports_as_a_draft_with_its_camunda_settings_read_into_ours()
    {
        var response = await ImportAsync(File("camunda-reclamos.bpmn"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.ReadAsync<ImportReport>();
        Assert.Equal("Process_0reclamos", report.Draft.Key);
        Assert.Equal(0, report.Draft.Version);
        Assert.True(report.Publishable, string.Join("; ", report.Diagnostics.Select(d => $"{d.ElementId}: {d.Message}")));
        Assert.Contains(report.Mappings, m => m is { ElementId: "Activity_1revisar", From: "camunda:candidateGroups", To: "wa:candidateRole", Value: "gestor-documental" });
        Assert.Contains(report.Mappings, m => m is { ElementId: "Activity_1revisar", To: "wa:dueDate", Value: "P3D" });
        Assert.Contains(report.Mappings, m => m is { ElementId: "Activity_1revisar", To: "wa:formKey", Value: "deliver-documentation" });
        Assert.Contains(report.Mappings, m => m is { ElementId: "Activity_0registrar", From: "camunda:topic", To: "wa:activity", Value: "register-request" });

        var stored = await Http.GetStringAsync("/api/definitions/Process_0reclamos/versions/0/xml");
        Assert.Contains("wa:candidateRole=\"gestor-documental\"", stored);
        Assert.Contains("camunda:candidateGroups=\"gestor-documental, monitor-retencion\"", stored);
        Assert.Contains("<camunda:inputParameter", stored);
    }

    [Fact]
    public async Task A_Camunda_8_file_has_its_zeebe_extension_elements_read_into_ours()
    {
        var xml = Process("zeebe", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "work")}
            <serviceTask id="work"><extensionElements><zeebe:taskDefinition type="register-request" /></extensionElements></serviceTask>
            {Flow("f2", "work", "review")}
            <userTask id="review"><extensionElements><zeebe:assignmentDefinition candidateGroups="monitor-retencion" /><zeebe:taskSchedule dueDate="P1D" /></extensionElements></userTask>
            {Flow("f3", "review", "end")}
            <endEvent id="end" />
            """).Replace("xmlns:wa=", "xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" xmlns:wa=");

        var report = await (await ImportAsync(xml)).ReadAsync<ImportReport>();

        Assert.True(report.Publishable);
        Assert.Equal(["wa:activity", "wa:candidateRole", "wa:dueDate"], report.Mappings.Select(m => m.To).Order());
    }

    [Fact]
    public async Task A_Bizagi_file_imports_as_the_draft_of_a_chosen_key_publishes_and_exports_as_a_download()
    {
        var report = await (await ImportAsync(File("bizagi-archivo.bpmn"), key: "archivo-division")).ReadAsync<ImportReport>();
        Assert.Equal("archivo-division", report.Draft.Key);
        Assert.True(report.Publishable, string.Join("; ", report.Diagnostics.Select(d => $"{d.ElementId}: {d.Message}")));

        (await Http.PostAsJsonAsync("/api/definitions/archivo-division/publish", new { comment = "Desde Bizagi" }, "duena")).EnsureSuccessStatusCode();
        var download = await Http.GetAsync("/api/definitions/archivo-division/versions/1/file");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("archivo-division-v1.bpmn", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var exported = await download.Content.ReadAsStringAsync();
        Assert.Contains("<process id=\"archivo-division\"", exported);
        Assert.Contains("processRef=\"archivo-division\"", exported);
        Assert.Contains("bizagi:BizagiProperty", exported);
        var started = await (await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "archivo-division", businessKey = "EXP-1" }, "gestora"))
            .ReadAsync<InstanceSummary>();
        Assert.Equal(1, started.DefinitionVersion);
    }

    [Fact]
    public async Task A_file_with_unsupported_elements_is_refused_naming_each_and_nothing_is_stored()
    {
        var before = await DefinitionRowsAsync();
        var xml = Process("unsupported", $"""
            <startEvent id="start" />
            {Flow("f1", "start", "Script_Calcular")}
            <scriptTask id="Script_Calcular" name="Calcular" />
            {Flow("f2", "Script_Calcular", "Event_Mensaje")}
            <intermediateCatchEvent id="Event_Mensaje"><messageEventDefinition /></intermediateCatchEvent>
            {Flow("f3", "Event_Mensaje", "end")}
            <endEvent id="end" />
            """);

        var problem = await (await ImportAsync(xml)).ProblemAsync(400);

        var named = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("elementId").GetString()).ToList();
        Assert.Equal(["Event_Mensaje", "Script_Calcular"], named.Order());
        Assert.Equal("definition-import-unsupported", problem.Code());
        Assert.Contains("Script_Calcular", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await DefinitionRowsAsync());
    }

    [Fact]
    public async Task Importing_is_for_process_owners()
    {
        var response = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/definitions/import")
        {
            Content = new StringContent(File("camunda-reclamos.bpmn"), Encoding.UTF8, "application/xml"),
            Headers = { { "X-Actor", "gestora" } },
        });

        await response.ProblemAsync(403);
    }

    [Fact]
    public async Task A_file_chosen_in_a_form_imports_too()
    {
        using var form = new MultipartFormDataContent();
        var file = new StringContent(File("camunda-reclamos.bpmn"), Encoding.UTF8);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "reclamos.bpmn");

        var response = await Http.PostAsync("/api/definitions/import", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_diff_lists_added_removed_and_changed_elements_between_a_version_and_the_draft()
    {
        var changed = ShippedFiles.Read("gestion-documental.bpmn")
            .Replace("wa:formKey=\"correction\" wa:dueDate=\"${correctionDuration}\"", "wa:formKey=\"correction\" wa:dueDate=\"P10D\"")
            .Replace("""<bpmn:sequenceFlow id="Flow_Classify_Archive" sourceRef="Task_Classify" targetRef="Task_Archive" />""",
                """
                <bpmn:sequenceFlow id="Flow_Classify_Archive" sourceRef="Task_Classify" targetRef="Task_CheckClass" />
                <bpmn:userTask id="Task_CheckClass" name="Revisar clasificación" wa:candidateRole="gestor-documental" />
                <bpmn:sequenceFlow id="Flow_CheckClass_Archive" sourceRef="Task_CheckClass" targetRef="Task_Archive" />
                """)
            .Replace("""<bpmn:sequenceFlow id="Flow_EscalateCorrection_End" sourceRef="Task_EscalateCorrection" targetRef="End_Escalated" />""",
                """<bpmn:sequenceFlow id="Flow_EscalateCorrection_Done" sourceRef="Task_EscalateCorrection" targetRef="End_Escalated" />""");
        var saved = await (await Http.PutAsync("/api/definitions/draft", new StringContent(changed, Encoding.UTF8, "application/xml"))).ReadAsync<DraftSaved>();
        Assert.True(saved.Publishable, string.Join("; ", saved.Diagnostics.Select(d => $"{d.ElementId}: {d.Message}")));

        var diff = await Http.GetAsync<DefinitionDiffView>("/api/definitions/gestion-documental/diff?from=1&to=0");

        var byId = diff.Changes.ToDictionary(c => c.ElementId);
        Assert.Equal(ChangeKind.Added, byId["Task_CheckClass"].Change);
        Assert.Equal("UserTask", byId["Task_CheckClass"].ElementType);
        Assert.Equal("gestor-documental", byId["Task_CheckClass"].Properties.Single(p => p.Property == "candidateRole").After);
        Assert.Equal(ChangeKind.Added, byId["Flow_CheckClass_Archive"].Change);
        Assert.Equal(ChangeKind.Added, byId["Flow_EscalateCorrection_Done"].Change);
        Assert.Equal(ChangeKind.Removed, byId["Flow_EscalateCorrection_End"].Change);
        var due = byId["Task_CorrectDocumentation"];
        Assert.Equal(ChangeKind.Changed, due.Change);
        Assert.Equal(new PropertyChange("dueDate", "${correctionDuration}", "P10D"), Assert.Single(due.Properties));
        Assert.Contains(byId["Flow_Classify_Archive"].Properties, p => p is { Property: "target", Before: "Task_Archive", After: "Task_CheckClass" });
        Assert.DoesNotContain("Task_Classify", byId.Keys);
        Assert.DoesNotContain("Task_ReviewChecklist", byId.Keys);

        (await Http.PostAsJsonAsync("/api/definitions/gestion-documental/publish", new { comment = "Plazo de 10 días" }, "duena")).EnsureSuccessStatusCode();
        var published = await Http.GetAsync<DefinitionDiffView>("/api/definitions/gestion-documental/diff?from=1&to=2");
        Assert.Equal(diff.Changes.Select(c => c.ElementId), published.Changes.Select(c => c.ElementId));
        await (await Http.GetAsync("/api/definitions/gestion-documental/diff?from=1&to=7")).ProblemAsync(404);
    }

    [Fact]
    public async Task A_running_instance_finishes_on_its_version_while_new_ones_take_the_latest_and_the_path_shows_where_each_went()
    {
        var variables = new JsonObject { ["orderNumber"] = "SF-1", ["requestedBy"] = "Carla" };
        var old = await StartAsync("SOL-1", variables);
        var v2 = ShippedFiles.Read("solicitud-documentacion.bpmn").Replace(
            """<bpmn:sequenceFlow id="Flow_RecordNotFound_End" sourceRef="Task_RecordNotFound" targetRef="End_NotFound" />""",
            """
            <bpmn:sequenceFlow id="Flow_RecordNotFound_End" sourceRef="Task_RecordNotFound" targetRef="Task_TellRequester" />
            <bpmn:userTask id="Task_TellRequester" name="Avisar al solicitante" wa:candidateRole="gestor-documental" />
            <bpmn:sequenceFlow id="Flow_TellRequester_End" sourceRef="Task_TellRequester" targetRef="End_NotFound" />
            """);
        await (await Http.PutAsync("/api/definitions/draft", new StringContent(v2, Encoding.UTF8, "application/xml"))).ReadAsync<DraftSaved>();
        var published = await (await Http.PostAsJsonAsync("/api/definitions/solicitud-documentacion/publish", new { comment = "Avisar al solicitante" }, "duena"))
            .ReadAsync<DefinitionSummary>();
        Assert.Equal(2, published.Version);

        var fresh = await StartAsync("SOL-2", variables);
        Assert.Equal(1, old.DefinitionVersion);
        Assert.Equal(2, fresh.DefinitionVersion);

        var notFound = new JsonObject { ["outcome"] = "not-found", ["notFoundReason"] = "Caja extraviada" };
        var oldDone = await CompleteOpenTaskAsync(old.Id, notFound);
        var freshMoved = await CompleteOpenTaskAsync(fresh.Id, notFound.DeepClone().AsObject());

        Assert.Equal("Completed", oldDone.Status);
        Assert.Equal("Active", freshMoved.Status);
        var oldPath = await Http.GetAsync<InstancePathView>($"/api/instances/{old.Id}/path");
        Assert.Equal(1, oldPath.DefinitionVersion);
        Assert.Empty(oldPath.Active);
        Assert.Contains("Flow_NotFound", oldPath.TakenFlows);
        Assert.Contains("Flow_RecordNotFound_End", oldPath.TakenFlows);
        Assert.DoesNotContain("Flow_Found", oldPath.TakenFlows);
        Assert.DoesNotContain("Task_RecordDelivery", oldPath.Visited);
        Assert.Contains("End_NotFound", oldPath.Visited);
        var freshPath = await Http.GetAsync<InstancePathView>($"/api/instances/{fresh.Id}/path");
        Assert.Equal(["Task_TellRequester"], freshPath.Active);
        Assert.Contains("Flow_RecordNotFound_End", freshPath.TakenFlows);
        Assert.DoesNotContain("End_NotFound", freshPath.Visited);
    }

    private async Task<InstanceSummary> StartAsync(string businessKey, JsonObject variables) =>
        await (await Http.PostAsJsonAsync("/api/instances", new { definitionKey = "solicitud-documentacion", businessKey, variables }, "gestora")).ReadAsync<InstanceSummary>();

    private async Task<InstanceSummary> CompleteOpenTaskAsync(Guid instanceId, JsonObject output)
    {
        var tasks = await (await Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/tasks?instanceId={instanceId}") { Headers = { { "X-Actor", "admin" } } }))
            .ReadAsync<PagedList<TaskView>>();
        var task = tasks.Items.Single(t => t.Status is "Open" or "Claimed");
        return await (await Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = output }, "gestora")).ReadAsync<InstanceSummary>();
    }
}
