using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Expressions;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>
/// What the contracts let the validator see: a user task names a form this host has; an expression reads only variables
/// the process declares (its forms' fields, its activities' outputs, what its starters put in), and compares a
/// variable with allowed values only.
/// </summary>
public sealed class ContractRules(ActivityCatalog activities, TaskContracts forms, IEnumerable<StartVariables> starts)
{
    public IEnumerable<BpmnDiagnostic> Validate(ProcessModel model)
    {
        foreach (var task in model.Nodes.Values.Where(n => n.Kind == NodeKind.UserTask && n.FormKey is not null && forms.For(n.FormKey) is null))
            yield return BpmnDiagnostic.Error(task.Id, ContractTexts.FormUnknown.With(task.FormKey, string.Join(", ", forms.Forms.Select(f => f.Key))));

        var declared = Declared(model);
        foreach (var (elementId, expression) in Expressions(model))
        {
            var reads = ExpressionReads.Of(expression);
            foreach (var variable in reads.Variables.Where(v => !declared.ContainsKey(v)))
                yield return BpmnDiagnostic.Warning(elementId, ContractTexts.VariableUndeclared.With(variable));
            foreach (var comparison in reads.Comparisons)
                if (declared.TryGetValue(comparison.Variable, out var choices) && choices is not null && choices.All(c => c.Value != comparison.Value))
                    yield return BpmnDiagnostic.Warning(elementId, ContractTexts.ValueNotAllowed.With(comparison.Variable, comparison.Value,
                        string.Join(", ", choices.Select(c => $"'{c.Value}'"))));
        }
    }

    /// <summary>Each declared variable with its allowed values; null when some declaration lets it take any value.</summary>
    private Dictionary<string, IReadOnlyList<FieldChoice>?> Declared(ProcessModel model)
    {
        var declared = new Dictionary<string, IReadOnlyList<FieldChoice>?>(StringComparer.Ordinal);
        void Declare(string name, IReadOnlyList<FieldChoice>? choices)
        {
            var limited = choices is { Count: > 0 } ? choices : null;
            if (!declared.TryGetValue(name, out var known)) declared[name] = limited;
            else if (known is not null) declared[name] = limited is null ? null : [.. known, .. limited];
        }

        foreach (var node in model.Nodes.Values)
        {
            if (node.Kind == NodeKind.UserTask && forms.For(node.FormKey) is { } contract)
                foreach (var field in contract.Form.Fields) Declare(field.Name, field.Choices);
            if (node.Kind == NodeKind.ServiceTask && node.ActivityType is { } type && activities.Contains(type))
                foreach (var output in activities.Get(type).Descriptor.Outputs) Declare(output, null);
        }
        foreach (var name in starts.Where(s => s.DefinitionKey == model.Id).SelectMany(s => s.Names)) Declare(name, null);
        return declared;
    }

    private static IEnumerable<(string ElementId, string Expression)> Expressions(ProcessModel model)
    {
        foreach (var flow in model.Flows.Values.Where(f => f.Condition is not null))
            yield return (flow.Id, flow.Condition!);
        foreach (var node in model.Nodes.Values)
        {
            if (node.DueDate is { } due && ExpressionText.IsExpression(due)) yield return (node.Id, due);
            if (node.Timer?.Duration is { } duration && ExpressionText.IsExpression(duration)) yield return (node.Id, duration);
            if (node.Timer?.Date is { } date && ExpressionText.IsExpression(date)) yield return (node.Id, date);
        }
    }
}
