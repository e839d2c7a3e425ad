using System.Globalization;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Texts;
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
        if (starts.Count == 0) yield return BpmnDiagnostic.Error(model.Id, EngineTexts.BpmnNoStartEvent.With());
        if (starts.Count > 1) yield return BpmnDiagnostic.Error(starts[1].Id, EngineTexts.BpmnSeveralStartEvents.With());
        if (!model.Nodes.Values.Any(n => n.Kind is NodeKind.EndEvent or NodeKind.TerminateEndEvent))
            yield return BpmnDiagnostic.Error(model.Id, EngineTexts.BpmnNoEndEvent.With());

        foreach (var node in model.Nodes.Values)
        foreach (var diagnostic in ValidateNode(node, model))
            yield return diagnostic;

        foreach (var flow in model.Flows.Values)
        foreach (var diagnostic in ValidateFlow(flow, model))
            yield return diagnostic;

        foreach (var unreachable in Unreachable(model, starts))
            yield return BpmnDiagnostic.Warning(unreachable.Id, EngineTexts.BpmnUnreachable.With());

        foreach (var diagnostic in contracts?.Validate(model) ?? [])
            yield return diagnostic;
    }

    private IEnumerable<BpmnDiagnostic> ValidateNode(FlowNode node, ProcessModel model)
    {
        var isEnd = node.Kind is NodeKind.EndEvent or NodeKind.TerminateEndEvent;
        if (isEnd && node.Outgoing.Count > 0) yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnEndWithOutgoing.With());
        if (!isEnd && node.Outgoing.Count == 0) yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnNoOutgoing.With());
        if (node.Kind is NodeKind.StartEvent or NodeKind.TimerBoundaryEvent && node.Incoming.Count > 0)
            yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnEventWithIncoming.With());

        switch (node.Kind)
        {
            case NodeKind.ServiceTask when node.ActivityType is null:
                yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnServiceTaskWithoutActivity.With(string.Join(", ", activities.Descriptors.Select(d => d.Type))));
                break;
            case NodeKind.ServiceTask when !activities.Contains(node.ActivityType):
                yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnActivityNotRegistered.With(node.ActivityType, string.Join(", ", activities.Descriptors.Select(d => d.Type))));
                break;
            case NodeKind.UserTask:
                if (node.CandidateRole is null)
                    yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnUserTaskWithoutRole.With());
                if (node.DueDate is not null && DurationError(node.DueDate) is { } dueError)
                    yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnDueDateInvalid.With(dueError));
                else if (ReminderAlignment.Check(node) is { } offDueDate)
                    yield return offDueDate;
                break;
            case NodeKind.TimerCatchEvent or NodeKind.TimerBoundaryEvent when node.Timer is not null:
                if (TimerError(node.Timer) is { } timerError) yield return BpmnDiagnostic.Error(node.Id, timerError);
                break;
            case NodeKind.ExclusiveGateway when node.DefaultFlowId is not null && node.Outgoing.All(f => f.Id != node.DefaultFlowId):
                yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnDefaultFlowNotOutgoing.With(node.DefaultFlowId));
                break;
        }

        if (node.Kind == NodeKind.TimerBoundaryEvent)
        {
            if (node.AttachedToId is null || !model.Nodes.TryGetValue(node.AttachedToId, out var host))
                yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnBoundaryHostMissing.With(node.AttachedToId));
            else if (host.Kind != NodeKind.UserTask)
                yield return BpmnDiagnostic.Error(node.Id, EngineTexts.BpmnBoundaryNotOnUserTask.With());
        }
    }

    private static IEnumerable<BpmnDiagnostic> ValidateFlow(SequenceFlow flow, ProcessModel model)
    {
        var source = model.Nodes[flow.SourceId];
        if (flow.Condition is not null)
        {
            if (source.Kind != NodeKind.ExclusiveGateway)
                yield return BpmnDiagnostic.Error(flow.Id, EngineTexts.BpmnConditionOutsideGateway.With());
            else if (ExpressionEvaluator.CompileError(flow.Condition) is { } error)
                yield return BpmnDiagnostic.Error(flow.Id, error);
            if (source.DefaultFlowId == flow.Id)
                yield return BpmnDiagnostic.Warning(flow.Id, EngineTexts.BpmnDefaultFlowCondition.With());
        }
        else if (source.Kind == NodeKind.ExclusiveGateway && source.Outgoing.Count > 1 && source.DefaultFlowId != flow.Id)
        {
            yield return BpmnDiagnostic.Error(flow.Id, EngineTexts.BpmnGatewayFlowWithoutCondition.With());
        }
    }

    private static Text? TimerError(TimerDefinition timer)
    {
        if (timer.Duration is { } duration) return DurationError(duration);
        if (timer.Date is not { } date) return null;
        if (ExpressionText.IsExpression(date)) return ExpressionEvaluator.CompileError(date);
        return DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? null
            : EngineTexts.DateInvalid.With(date);
    }

    private static Text? DurationError(string duration) => ExpressionText.IsExpression(duration)
        ? ExpressionEvaluator.CompileError(duration)
        : WaitDuration.Problem(duration);

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
