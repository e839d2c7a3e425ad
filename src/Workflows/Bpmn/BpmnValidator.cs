using System.Globalization;
using WorkflowArchive.Workflows.Activities;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>Checks that a parsed process can run here; the same rules guard publishing and the designer's "validate".</summary>
public sealed class BpmnValidator(ActivityCatalog activities, ContractRules? contracts = null)
{
    public IReadOnlyList<BpmnDiagnostic> Validate(BpmnParseResult parsed)
    {
        var diagnostics = parsed.Diagnostics.ToList();
        if (parsed.Model is { } model) diagnostics.AddRange(Validate(model));
        return diagnostics;
    }

    private IEnumerable<BpmnDiagnostic> Validate(ProcessModel model)
    {
        var starts = model.StartEvents.ToList();
        if (starts.Count == 0) yield return BpmnDiagnostic.Error(model.Id, "The process has no start event.");
        if (starts.Count > 1) yield return BpmnDiagnostic.Error(starts[1].Id, "The process has more than one start event; keep one.");
        if (!model.Nodes.Values.Any(n => n.Kind is NodeKind.EndEvent or NodeKind.TerminateEndEvent))
            yield return BpmnDiagnostic.Error(model.Id, "The process has no end event.");

        foreach (var node in model.Nodes.Values)
        foreach (var diagnostic in ValidateNode(node, model))
            yield return diagnostic;

        foreach (var flow in model.Flows.Values)
        foreach (var diagnostic in ValidateFlow(flow, model))
            yield return diagnostic;

        foreach (var unreachable in Unreachable(model, starts))
            yield return BpmnDiagnostic.Warning(unreachable.Id, "No path from the start event reaches this element.");

        foreach (var diagnostic in contracts?.Validate(model) ?? [])
            yield return diagnostic;
    }

    private IEnumerable<BpmnDiagnostic> ValidateNode(FlowNode node, ProcessModel model)
    {
        var isEnd = node.Kind is NodeKind.EndEvent or NodeKind.TerminateEndEvent;
        if (isEnd && node.Outgoing.Count > 0) yield return BpmnDiagnostic.Error(node.Id, "An end event cannot have outgoing flows.");
        if (!isEnd && node.Outgoing.Count == 0) yield return BpmnDiagnostic.Error(node.Id, "The element has no outgoing flow: a token would stop here for ever.");
        if (node.Kind is NodeKind.StartEvent or NodeKind.TimerBoundaryEvent && node.Incoming.Count > 0)
            yield return BpmnDiagnostic.Error(node.Id, "This event cannot have incoming flows.");

        switch (node.Kind)
        {
            case NodeKind.ServiceTask when node.ActivityType is null:
                yield return BpmnDiagnostic.Error(node.Id, $"The service task has no activity type (wa:activity). Registered: {string.Join(", ", activities.Descriptors.Select(d => d.Type))}.");
                break;
            case NodeKind.ServiceTask when !activities.Contains(node.ActivityType):
                yield return BpmnDiagnostic.Error(node.Id, $"Activity type '{node.ActivityType}' is not registered. Registered: {string.Join(", ", activities.Descriptors.Select(d => d.Type))}.");
                break;
            case NodeKind.UserTask:
                if (node.CandidateRole is null)
                    yield return BpmnDiagnostic.Error(node.Id, "The user task has no candidate role: place it in a lane or set wa:candidateRole.");
                if (node.DueDate is not null && DurationError(node.DueDate) is { } dueError)
                    yield return BpmnDiagnostic.Error(node.Id, $"Due date: {dueError}");
                break;
            case NodeKind.TimerCatchEvent or NodeKind.TimerBoundaryEvent when node.Timer is not null:
                if (TimerError(node.Timer) is { } timerError) yield return BpmnDiagnostic.Error(node.Id, timerError);
                break;
            case NodeKind.ExclusiveGateway when node.DefaultFlowId is not null && node.Outgoing.All(f => f.Id != node.DefaultFlowId):
                yield return BpmnDiagnostic.Error(node.Id, $"The default flow '{node.DefaultFlowId}' is not one of this gateway's outgoing flows.");
                break;
        }

        if (node.Kind == NodeKind.TimerBoundaryEvent)
        {
            if (node.AttachedToId is null || !model.Nodes.TryGetValue(node.AttachedToId, out var host))
                yield return BpmnDiagnostic.Error(node.Id, $"The boundary event is attached to '{node.AttachedToId}', which is not an element of this process.");
            else if (host.Kind != NodeKind.UserTask)
                yield return BpmnDiagnostic.Error(node.Id, "Timer boundary events are run on user tasks only.");
        }
    }

    private static IEnumerable<BpmnDiagnostic> ValidateFlow(SequenceFlow flow, ProcessModel model)
    {
        var source = model.Nodes[flow.SourceId];
        if (flow.Condition is not null)
        {
            if (source.Kind != NodeKind.ExclusiveGateway)
                yield return BpmnDiagnostic.Error(flow.Id, "Conditions are run only on flows leaving an exclusive gateway.");
            else if (ExpressionEvaluator.CompileError(flow.Condition) is { } error)
                yield return BpmnDiagnostic.Error(flow.Id, error);
            if (source.DefaultFlowId == flow.Id)
                yield return BpmnDiagnostic.Warning(flow.Id, "The default flow's condition is never evaluated.");
        }
        else if (source.Kind == NodeKind.ExclusiveGateway && source.Outgoing.Count > 1 && source.DefaultFlowId != flow.Id)
        {
            yield return BpmnDiagnostic.Error(flow.Id, "A flow leaving an exclusive gateway needs a condition unless it is the gateway's default flow.");
        }
    }

    private static string? TimerError(TimerDefinition timer)
    {
        if (timer.Duration is { } duration) return DurationError(duration);
        if (timer.Date is not { } date) return null;
        if (ExpressionText.IsExpression(date)) return ExpressionEvaluator.CompileError(date);
        return DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? null
            : $"'{date}' is not an ISO-8601 date such as 2027-06-01T08:00:00Z.";
    }

    private static string? DurationError(string duration) => ExpressionText.IsExpression(duration)
        ? ExpressionEvaluator.CompileError(duration)
        : IsoDuration.TryParse(duration, out _) ? null : $"'{duration}' is not an ISO-8601 duration such as P2Y, P5D or PT4H.";

    private static IEnumerable<FlowNode> Unreachable(ProcessModel model, List<FlowNode> starts)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<FlowNode>(starts);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node.Id)) continue;
            foreach (var flow in node.Outgoing) pending.Push(model.Nodes[flow.TargetId]);
            foreach (var boundary in node.BoundaryEvents) pending.Push(boundary);
        }
        return model.Nodes.Values.Where(n => !seen.Contains(n.Id));
    }
}
