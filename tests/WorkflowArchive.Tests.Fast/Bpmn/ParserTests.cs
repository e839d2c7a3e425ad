using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Tests.Bpmn;

public sealed class ParserTests
{
    private static string WithPrefix(string prefix) => $"""
        <{prefix}:definitions xmlns:{prefix}="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:wa="http://workflowarchive.dev/schema/bpmn/1.0" id="d">
          <{prefix}:process id="p" isExecutable="true">
            <{prefix}:startEvent id="s" />
            <{prefix}:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
            <{prefix}:exclusiveGateway id="g" default="f3" />
            <{prefix}:sequenceFlow id="f2" sourceRef="g" targetRef="t">
              <{prefix}:conditionExpression xsi:type="{prefix}:tFormalExpression">${"{"}ok{"}"}</{prefix}:conditionExpression>
            </{prefix}:sequenceFlow>
            <{prefix}:sequenceFlow id="f3" sourceRef="g" targetRef="e" />
            <{prefix}:userTask id="t" wa:candidateRole="gestor" />
            <{prefix}:sequenceFlow id="f4" sourceRef="t" targetRef="e" />
            <{prefix}:endEvent id="e" />
          </{prefix}:process>
        </{prefix}:definitions>
        """;

    [Theory]
    [InlineData("bpmn")]
    [InlineData("bpmn2")]
    [InlineData("semantic")]
    public void Namespaces_are_matched_by_uri_whatever_the_prefix(string prefix)
    {
        var parsed = BpmnParser.Parse(WithPrefix(prefix));

        Assert.False(parsed.HasErrors, string.Join("; ", parsed.Diagnostics));
        var model = parsed.Model!;
        Assert.Equal(["e", "g", "s", "t"], model.Nodes.Keys.Order());
        Assert.Equal("${ok}", model.Flows["f2"].Condition);
        Assert.Equal("f3", model.Node("g").DefaultFlowId);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.ElementId == "f2");
    }

    [Fact]
    public void A_bizagi_style_file_with_inline_default_namespaces_and_its_own_extensions_parses()
    {
        const string bizagi = """
            <?xml version="1.0" encoding="utf-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:bizagi="http://www.bizagi.com/bpmn20" xmlns:wa="http://workflowarchive.dev/schema/bpmn/1.0" id="Id_1" exporter="Bizagi Modeler">
              <process id="Id_p" name="Proceso" isExecutable="false">
                <extensionElements><bizagi:BizagiExtensions><bizagi:BizagiProperty name="bgColor" value="white" /></bizagi:BizagiExtensions></extensionElements>
                <laneSet id="Id_ls"><lane id="Id_lane" name="Gestor(a) Documental"><flowNodeRef>Id_s</flowNodeRef><flowNodeRef>Id_t</flowNodeRef><flowNodeRef>Id_e</flowNodeRef></lane></laneSet>
                <startEvent id="Id_s" name="Inicio"><documentation /><outgoing>Id_f1</outgoing></startEvent>
                <task id="Id_t" name="Revisar" />
                <endEvent id="Id_e" name="Fin"><incoming>Id_f2</incoming></endEvent>
                <sequenceFlow id="Id_f1" sourceRef="Id_s" targetRef="Id_t" />
                <sequenceFlow id="Id_f2" sourceRef="Id_t" targetRef="Id_e" />
              </process>
              <BPMNDiagram xmlns="http://www.omg.org/spec/BPMN/20100524/DI" id="Id_diag">
                <BPMNPlane bpmnElement="Id_p" id="Id_plane">
                  <BPMNShape bpmnElement="Id_s" id="Id_s_di"><Bounds xmlns="http://www.omg.org/spec/DD/20100524/DC" x="10" y="10" width="30" height="30" /></BPMNShape>
                </BPMNPlane>
              </BPMNDiagram>
            </definitions>
            """;

        var parsed = BpmnParser.Parse(bizagi);

        Assert.NotNull(parsed.Model);
        Assert.Equal("Id_p", parsed.Model!.Id);
        Assert.Equal("gestor-documental", parsed.Model.Node("Id_s").LaneName is null ? null : RoleNames.FromLaneName("Gestor(a) Documental"));
        var unsupported = Assert.Single(parsed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("Id_t", unsupported.ElementId);
        Assert.Equal("bpmn-untyped-task", unsupported.Code);
    }

    [Fact]
    public void Every_unsupported_element_is_reported_by_id_and_nothing_is_dropped_silently()
    {
        var parsed = BpmnParser.Parse(TestBpmn.Process("p", """
            <startEvent id="start"><messageEventDefinition id="m" /></startEvent>
            <scriptTask id="script" />
            <subProcess id="sub" />
            <intermediateCatchEvent id="signal"><signalEventDefinition id="sg" /></intermediateCatchEvent>
            <inclusiveGateway id="inclusive" />
            <textAnnotation id="note"><text>hola</text></textAnnotation>
            """));

        var errors = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => (d.ElementId, d.Code)).ToList();
        Assert.Equal([("start", "bpmn-unsupported-start-event"), ("script", "bpmn-unsupported-element"), ("sub", "bpmn-unsupported-element"),
            ("signal", "bpmn-unsupported-catch-event"), ("inclusive", "bpmn-unsupported-element")], errors);
        Assert.Contains(parsed.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.ElementId == "note");
    }

    [Fact]
    public void Dangling_references_to_things_we_do_not_run_are_warnings_but_a_dangling_flow_is_an_error()
    {
        var parsed = BpmnParser.Parse(TestBpmn.Process("p", """
            <startEvent id="start"><outgoing>nowhere</outgoing><outgoing /></startEvent>
            <sequenceFlow id="lost" sourceRef="start" targetRef="ghost" />
            <endEvent id="end" />
            """).Replace("<lane id=\"Lane_1\" name=\"gestor\" />", "<lane id=\"Lane_1\" name=\"gestor\"><flowNodeRef>phantom</flowNodeRef></lane>"));

        Assert.Contains(parsed.Diagnostics, d => d is { Severity: DiagnosticSeverity.Error, ElementId: "lost", Code: "bpmn-flow-target-missing" } && d.Message.Contains("ghost"));
        Assert.Contains(parsed.Diagnostics, d => d is { Severity: DiagnosticSeverity.Warning, ElementId: "start", Code: "bpmn-reference-ignored" } && d.Message.Contains("nowhere"));
        Assert.Contains(parsed.Diagnostics, d => d is { Severity: DiagnosticSeverity.Warning, ElementId: "start", Code: "bpmn-empty-reference" });
        Assert.Contains(parsed.Diagnostics, d => d is { Severity: DiagnosticSeverity.Warning, ElementId: "Lane_1", Code: "bpmn-lane-reference-ignored" } && d.Message.Contains("phantom"));
    }

    [Fact]
    public void A_timer_with_an_empty_duration_is_an_error()
    {
        var parsed = BpmnParser.Parse(TestBpmn.Process("p", """
            <intermediateCatchEvent id="wait"><timerEventDefinition id="t"><timeDuration /></timerEventDefinition></intermediateCatchEvent>
            """));

        Assert.Contains(parsed.Diagnostics, d => d is { Severity: DiagnosticSeverity.Error, ElementId: "wait", Code: "bpmn-timer-empty" });
    }

    [Fact]
    public void Lanes_give_user_tasks_their_role_unless_the_task_names_one()
    {
        var model = BpmnParser.Parse(ShippedFiles.Read("gestion-documental.bpmn")).Model!;

        Assert.Equal("gestor-documental", model.Node("Task_ReviewChecklist").CandidateRole);
        Assert.Equal("asesor-comercial", model.Node("Task_CorrectDocumentation").CandidateRole);
        Assert.Equal("${correctionDuration}", model.Node("Task_CorrectDocumentation").DueDate);
        Assert.Equal("${retentionPeriod}", model.Node("Timer_Retention").Timer!.Duration);
    }

    [Theory]
    [InlineData("not xml at all", "bpmn-not-well-formed")]
    [InlineData("", "bpmn-file-empty")]
    [InlineData("<html><body>hola</body></html>", "bpmn-root-not-definitions")]
    public void Input_that_is_not_bpmn_is_refused_with_a_reason(string input, string code)
    {
        string[] codes;
        try
        {
            var parsed = BpmnParser.Parse(input);
            Assert.True(parsed.HasErrors);
            codes = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).ToArray();
        }
        catch (WorkflowValidationException refused)
        {
            codes = [refused.Code];
        }

        Assert.Contains(code, codes);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&secret;" /></definitions>
            """;

        var error = Assert.Throws<WorkflowValidationException>(() => BpmnParser.Parse(xxe));
        Assert.Equal("bpmn-dtd-refused", error.Code);
    }

    [Fact]
    public void Entity_expansion_bombs_are_refused_before_expanding()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&lol4;" /></definitions>
            """;

        Assert.Throws<WorkflowValidationException>(() => BpmnParser.Parse(laughs));
    }

    [Fact]
    public void Oversized_files_are_refused()
    {
        var huge = TestBpmn.Process("p", $"<documentation>{new string('x', (int)BpmnXmlReader.MaxCharacters)}</documentation>");

        var error = Assert.Throws<WorkflowValidationException>(() => BpmnParser.Parse(huge));
        Assert.Equal("bpmn-file-too-large", error.Code);
    }

    [Fact]
    public void Nesting_past_the_limit_is_refused_while_reading()
    {
        var deep = TestBpmn.Process("p", string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)));

        var error = Assert.Throws<WorkflowValidationException>(() => BpmnParser.Parse(deep));

        // The streaming pass names the limit it stopped at; a tree built first would have failed some other way, or not.
        Assert.Equal("bpmn-too-deep", error.Code);
        Assert.Contains(BpmnXmlReader.MaxDepth.ToString(), error.Message);
    }
}
