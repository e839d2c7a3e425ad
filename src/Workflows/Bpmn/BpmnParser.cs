using System.Xml.Linq;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Bpmn;

public sealed record BpmnParseResult(ProcessModel? Model, XDocument Document, IReadOnlyList<BpmnDiagnostic> Diagnostics)
{
    public bool HasErrors => Model is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Reads the executable subset of BPMN 2.0 as Camunda Modeler, Bizagi Modeler and bpmn-js write it.
/// Everything it does not execute is reported, never dropped silently; the XML itself is kept as is.
/// </summary>
public static class BpmnParser
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;
    private static readonly XNamespace Wa = BpmnNamespaces.WorkflowArchive;

    /// <summary>Process children that carry no behaviour: kept in the file, noted as not executed.</summary>
    private static readonly HashSet<string> Artifacts =
        ["textAnnotation", "association", "group", "dataObject", "dataObjectReference", "dataStoreReference", "property", "ioSpecification"];

    public static BpmnParseResult Parse(string xml) => Parse(BpmnXmlReader.Load(xml));

    public static BpmnParseResult Parse(XDocument document)
    {
        var diagnostics = new List<BpmnDiagnostic>();
        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            diagnostics.Add(BpmnDiagnostic.Error(null, EngineTexts.BpmnRootNotDefinitions.With(root.Name.LocalName, root.Name.NamespaceName, Bpmn.NamespaceName)));
            return new BpmnParseResult(null, document, diagnostics);
        }

        var process = PickProcess(root, diagnostics);
        if (process is null) return new BpmnParseResult(null, document, diagnostics);

        var model = new ProcessModel { Id = Id(process) ?? "process", Name = (string?)process.Attribute("name") };
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in process.Elements())
            ReadProcessChild(element, model, rejected, diagnostics);
        Link(model, rejected, diagnostics);
        ApplyLanes(model, diagnostics);
        ReportDanglingNodeReferences(process, model, diagnostics);
        return new BpmnParseResult(model, document, diagnostics);
    }

    private static XElement? PickProcess(XElement definitions, List<BpmnDiagnostic> diagnostics)
    {
        var processes = definitions.Elements(Bpmn + "process").ToList();
        if (processes.Count == 0)
        {
            diagnostics.Add(BpmnDiagnostic.Error(null, EngineTexts.BpmnNoProcess.With()));
            return null;
        }
        if (processes.Count == 1) return processes[0];

        var executable = processes.Where(p => (string?)p.Attribute("isExecutable") == "true").ToList();
        if (executable.Count == 1) return executable[0];
        // Bizagi writes a process for every pool, empty ones included, and marks none executable: the one with content is meant.
        var withContent = processes.Where(HasFlowElements).ToList();
        if (executable.Count == 0 && withContent.Count == 1)
        {
            diagnostics.Add(BpmnDiagnostic.Warning(Id(withContent[0]), EngineTexts.BpmnProcessPicked.With(processes.Count)));
            return withContent[0];
        }
        diagnostics.Add(BpmnDiagnostic.Error(null, EngineTexts.BpmnSeveralProcesses.With(processes.Count, string.Join(", ", processes.Select(Id)))));
        return null;
    }

    private static bool HasFlowElements(XElement process) =>
        process.Elements().Any(e => e.Name.Namespace == Bpmn && e.Name.LocalName is not ("documentation" or "extensionElements" or "laneSet"));

    private static void ReadProcessChild(XElement element, ProcessModel model, HashSet<string> rejected, List<BpmnDiagnostic> diagnostics)
    {
        var id = Id(element);
        if (element.Name.Namespace != Bpmn)
        {
            diagnostics.Add(BpmnDiagnostic.Warning(id, EngineTexts.BpmnUnknownElement.With(element.Name.LocalName, element.Name.NamespaceName)));
            return;
        }

        var local = element.Name.LocalName;
        switch (local)
        {
            case "documentation" or "extensionElements":
                return;
            case "laneSet":
                ReadLanes(element, model, diagnostics);
                return;
            case "sequenceFlow":
                ReadFlow(element, model, diagnostics);
                return;
            case var artifact when Artifacts.Contains(artifact):
                diagnostics.Add(BpmnDiagnostic.Warning(id, EngineTexts.BpmnArtifactKept.With(local)));
                return;
        }

        if (id is null)
        {
            diagnostics.Add(BpmnDiagnostic.Error(null, EngineTexts.BpmnElementWithoutId.With(local)));
            return;
        }
        if (model.Nodes.ContainsKey(id) || model.Flows.ContainsKey(id))
        {
            diagnostics.Add(BpmnDiagnostic.Error(id, EngineTexts.BpmnDuplicateId.With()));
            return;
        }

        var node = ReadNode(element, local, id, diagnostics);
        if (node is not null) model.Nodes[id] = node;
        else rejected.Add(id);
    }

    private static FlowNode? ReadNode(XElement element, string local, string id, List<BpmnDiagnostic> diagnostics)
    {
        var name = (string?)element.Attribute("name");
        var definitions = EventDefinitions(element);
        switch (local)
        {
            case "startEvent":
                if (definitions.Count > 0)
                    return Unsupported(id, EngineTexts.BpmnUnsupportedStartEvent.With(definitions[0].Name.LocalName), diagnostics);
                return new FlowNode { Id = id, Name = name, Kind = NodeKind.StartEvent };
            case "endEvent":
                if (definitions.Count == 0) return new FlowNode { Id = id, Name = name, Kind = NodeKind.EndEvent };
                if (definitions.Count == 1 && definitions[0].Name.LocalName == "terminateEventDefinition")
                    return new FlowNode { Id = id, Name = name, Kind = NodeKind.TerminateEndEvent };
                return Unsupported(id, EngineTexts.BpmnUnsupportedEndEvent.With(definitions[0].Name.LocalName), diagnostics);
            case "userTask":
                return new FlowNode
                {
                    Id = id, Name = name, Kind = NodeKind.UserTask,
                    CandidateRole = NonEmpty((string?)element.Attribute(Wa + "candidateRole")),
                    FormKey = NonEmpty((string?)element.Attribute(Wa + "formKey")),
                    DueDate = NonEmpty((string?)element.Attribute(Wa + "dueDate")),
                };
            case "serviceTask":
                return new FlowNode { Id = id, Name = name, Kind = NodeKind.ServiceTask, ActivityType = NonEmpty((string?)element.Attribute(Wa + "activity")) };
            case "exclusiveGateway":
                return new FlowNode { Id = id, Name = name, Kind = NodeKind.ExclusiveGateway, DefaultFlowId = NonEmpty((string?)element.Attribute("default")) };
            case "parallelGateway":
                return new FlowNode { Id = id, Name = name, Kind = NodeKind.ParallelGateway };
            case "intermediateCatchEvent":
                if (definitions.Count != 1 || definitions[0].Name.LocalName != "timerEventDefinition")
                    return Unsupported(id, EngineTexts.BpmnUnsupportedCatchEvent.With(), diagnostics);
                return new FlowNode { Id = id, Name = name, Kind = NodeKind.TimerCatchEvent, Timer = ReadTimer(id, definitions[0], diagnostics) };
            case "boundaryEvent":
                if (definitions.Count != 1 || definitions[0].Name.LocalName != "timerEventDefinition")
                    return Unsupported(id, EngineTexts.BpmnUnsupportedBoundaryEvent.With(), diagnostics);
                return new FlowNode
                {
                    Id = id, Name = name, Kind = NodeKind.TimerBoundaryEvent,
                    Timer = ReadTimer(id, definitions[0], diagnostics),
                    AttachedToId = NonEmpty((string?)element.Attribute("attachedToRef")),
                    CancelActivity = (string?)element.Attribute("cancelActivity") != "false",
                };
            case "task":
                return Unsupported(id, EngineTexts.BpmnUntypedTask.With(), diagnostics);
            default:
                return Unsupported(id, EngineTexts.BpmnUnsupportedElement.With(local), diagnostics);
        }
    }

    private static FlowNode? Unsupported(string id, Text what, List<BpmnDiagnostic> diagnostics)
    {
        diagnostics.Add(BpmnDiagnostic.Unsupported(id, what));
        return null;
    }

    private static List<XElement> EventDefinitions(XElement element) =>
        element.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();

    private static TimerDefinition? ReadTimer(string id, XElement definition, List<BpmnDiagnostic> diagnostics)
    {
        var duration = NonEmpty(definition.Element(Bpmn + "timeDuration")?.Value);
        var date = NonEmpty(definition.Element(Bpmn + "timeDate")?.Value);
        if (definition.Element(Bpmn + "timeCycle") is not null)
            diagnostics.Add(BpmnDiagnostic.Unsupported(id, EngineTexts.BpmnTimerCycle.With()));
        else if (duration is null && date is null)
            diagnostics.Add(BpmnDiagnostic.Error(id, EngineTexts.BpmnTimerEmpty.With()));
        else if (duration is not null && date is not null)
            diagnostics.Add(BpmnDiagnostic.Error(id, EngineTexts.BpmnTimerBoth.With()));
        return new TimerDefinition(duration, date);
    }

    private static void ReadFlow(XElement element, ProcessModel model, List<BpmnDiagnostic> diagnostics)
    {
        var id = Id(element);
        if (id is null)
        {
            diagnostics.Add(BpmnDiagnostic.Error(null, EngineTexts.BpmnFlowWithoutId.With()));
            return;
        }
        var condition = element.Element(Bpmn + "conditionExpression");
        string? conditionText = null;
        if (condition is not null)
        {
            conditionText = NonEmpty(condition.Value);
            if (conditionText is null)
                diagnostics.Add(BpmnDiagnostic.Warning(id, EngineTexts.BpmnConditionEmpty.With()));
            CheckExpressionType(id, condition, diagnostics);
        }
        var source = NonEmpty((string?)element.Attribute("sourceRef"));
        var target = NonEmpty((string?)element.Attribute("targetRef"));
        if (source is null || target is null)
        {
            diagnostics.Add(BpmnDiagnostic.Error(id, EngineTexts.BpmnFlowWithoutEnds.With()));
            return;
        }
        if (!model.Flows.TryAdd(id, new SequenceFlow(id, (string?)element.Attribute("name"), source, target, conditionText)))
            diagnostics.Add(BpmnDiagnostic.Error(id, EngineTexts.BpmnDuplicateId.With()));
    }

    /// <summary>xsi:type is a QName: resolve its prefix against the element's scope, whatever the prefix is.</summary>
    private static void CheckExpressionType(string flowId, XElement condition, List<BpmnDiagnostic> diagnostics)
    {
        var language = NonEmpty((string?)condition.Attribute("language"));
        if (language is not null && !language.Contains("javascript", StringComparison.OrdinalIgnoreCase) && !language.Contains("ecmascript", StringComparison.OrdinalIgnoreCase))
            diagnostics.Add(BpmnDiagnostic.Error(flowId, EngineTexts.BpmnConditionLanguage.With(language)));

        var type = NonEmpty((string?)condition.Attribute(BpmnNamespaces.Xsi + "type"));
        if (type is null) return;
        var colon = type.IndexOf(':');
        var ns = colon < 0 ? condition.GetDefaultNamespace() : condition.GetNamespaceOfPrefix(type[..colon]);
        var local = colon < 0 ? type : type[(colon + 1)..];
        if (ns != Bpmn || local is not ("tFormalExpression" or "tExpression"))
            diagnostics.Add(BpmnDiagnostic.Warning(flowId, EngineTexts.BpmnConditionType.With(type)));
    }

    private static void ReadLanes(XElement laneSet, ProcessModel model, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var lane in laneSet.Descendants(Bpmn + "lane"))
        {
            var refs = lane.Elements(Bpmn + "flowNodeRef").Select(r => r.Value.Trim()).Where(r => r.Length > 0).ToList();
            model.Lanes.Add(new Lane(Id(lane) ?? "lane", (string?)lane.Attribute("name"), refs, NonEmpty((string?)lane.Attribute(Wa + "candidateRole"))));
        }
    }

    /// <summary>Connects flows to nodes. A flow touching an element already reported as unsupported is not reported twice.</summary>
    private static void Link(ProcessModel model, HashSet<string> rejected, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var flow in model.Flows.Values.ToList())
        {
            var hasSource = model.Nodes.TryGetValue(flow.SourceId, out var source);
            var hasTarget = model.Nodes.TryGetValue(flow.TargetId, out var target);
            if ((!hasSource && rejected.Contains(flow.SourceId)) || (!hasTarget && rejected.Contains(flow.TargetId)))
            {
                model.Flows.Remove(flow.Id);
                continue;
            }
            if (!hasSource || !hasTarget)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, !hasSource
                    ? EngineTexts.BpmnFlowSourceMissing.With(flow.SourceId)
                    : EngineTexts.BpmnFlowTargetMissing.With(flow.TargetId)));
                model.Flows.Remove(flow.Id);
                continue;
            }
            source!.Outgoing.Add(flow);
            target!.Incoming.Add(flow);
        }
        foreach (var boundary in model.Nodes.Values.Where(n => n.Kind == NodeKind.TimerBoundaryEvent))
        {
            if (boundary.AttachedToId is not null && model.Nodes.TryGetValue(boundary.AttachedToId, out var host))
                host.BoundaryEvents.Add(boundary);
        }
    }

    private static void ApplyLanes(ProcessModel model, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var lane in model.Lanes)
        foreach (var nodeId in lane.FlowNodeIds)
        {
            if (!model.Nodes.TryGetValue(nodeId, out var node))
            {
                diagnostics.Add(BpmnDiagnostic.Warning(lane.Id, EngineTexts.BpmnLaneReferenceIgnored.With(nodeId)));
                continue;
            }
            node.LaneName = lane.Name;
            node.CandidateRole ??= lane.CandidateRole ?? RoleNames.FromLaneName(lane.Name);
        }
    }

    /// <summary>incoming/outgoing children are redundant with the flows; a stale one is only worth a warning.</summary>
    private static void ReportDanglingNodeReferences(XElement process, ProcessModel model, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var element in process.Elements().Where(e => e.Name.Namespace == Bpmn))
        foreach (var reference in element.Elements().Where(e => e.Name == Bpmn + "incoming" || e.Name == Bpmn + "outgoing"))
        {
            var flowId = reference.Value.Trim();
            if (flowId.Length == 0)
                diagnostics.Add(BpmnDiagnostic.Warning(Id(element), EngineTexts.BpmnEmptyReference.With(reference.Name.LocalName)));
            else if (!model.Flows.ContainsKey(flowId))
                diagnostics.Add(BpmnDiagnostic.Warning(Id(element), EngineTexts.BpmnReferenceIgnored.With(reference.Name.LocalName, flowId)));
        }
    }

    private static string? Id(XElement element) => NonEmpty((string?)element.Attribute("id"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
