using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Workflows.Definitions;

public enum ChangeKind { Added, Removed, Changed }

/// <summary>One property of an element as it was and as it is (null: not set).</summary>
public sealed record PropertyChange(string Property, string? Before, string? After);

/// <summary>An element of the process that one version has and the other has not, or has differently.</summary>
public sealed record ElementChange(string ElementId, ChangeKind Change, string ElementType, string? Name, IReadOnlyList<PropertyChange> Properties);

/// <summary>
/// What changed between two versions of a process, element by element (matched by id): the executable content only,
/// so moving a shape in the diagram is no change, but a new task, a new due date or a rerouted flow is.
/// </summary>
public static class DefinitionDiff
{
    public static IReadOnlyList<ElementChange> Compare(ProcessModel before, ProcessModel after)
    {
        var old = Describe(before);
        var now = Describe(after);
        var changes = new List<ElementChange>();
        foreach (var (id, element) in now)
        {
            if (!old.TryGetValue(id, out var previous))
                changes.Add(new ElementChange(id, ChangeKind.Added, element.Type, element.Name, Differences(Empty, element)));
            else if (Differences(previous, element) is { Count: > 0 } differences)
                changes.Add(new ElementChange(id, ChangeKind.Changed, element.Type, element.Name ?? previous.Name, differences));
        }
        foreach (var (id, element) in old.Where(e => !now.ContainsKey(e.Key)))
            changes.Add(new ElementChange(id, ChangeKind.Removed, element.Type, element.Name, Differences(element, Empty)));
        return changes.OrderBy(c => c.Change).ThenBy(c => c.ElementType).ThenBy(c => c.ElementId, StringComparer.Ordinal).ToList();
    }

    private sealed record Described(string Type, string? Name, IReadOnlyDictionary<string, string?> Properties);

    private static readonly Described Empty = new("", null, new Dictionary<string, string?>());

    private static Dictionary<string, Described> Describe(ProcessModel model)
    {
        var elements = new Dictionary<string, Described>(StringComparer.Ordinal);
        foreach (var node in model.Nodes.Values)
            elements[node.Id] = new Described(node.Kind.ToString(), node.Name, NodeProperties(node));
        foreach (var flow in model.Flows.Values)
            elements[flow.Id] = new Described("SequenceFlow", flow.Name, new Dictionary<string, string?>
            {
                ["name"] = flow.Name, ["source"] = flow.SourceId, ["target"] = flow.TargetId, ["condition"] = flow.Condition,
            });
        foreach (var lane in model.Lanes)
            elements.TryAdd(lane.Id, new Described("Lane", lane.Name, new Dictionary<string, string?>
            {
                ["name"] = lane.Name, ["candidateRole"] = lane.CandidateRole,
            }));
        return elements;
    }

    private static Dictionary<string, string?> NodeProperties(FlowNode node) => new()
    {
        ["type"] = node.Kind.ToString(),
        ["name"] = node.Name,
        ["activity"] = node.ActivityType,
        ["candidateRole"] = node.CandidateRole,
        ["formKey"] = node.FormKey,
        ["dueDate"] = node.DueDate,
        ["timeDuration"] = node.Timer?.Duration,
        ["timeDate"] = node.Timer?.Date,
        ["attachedTo"] = node.AttachedToId,
        ["cancelActivity"] = node.Kind == NodeKind.TimerBoundaryEvent ? (node.CancelActivity ? "true" : "false") : null,
        ["defaultFlow"] = node.DefaultFlowId,
        ["lane"] = node.LaneName,
        ["incoming"] = Ids(node.Incoming),
        ["outgoing"] = Ids(node.Outgoing),
    };

    private static string? Ids(IEnumerable<SequenceFlow> flows)
    {
        var ids = flows.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : string.Join(", ", ids);
    }

    private static List<PropertyChange> Differences(Described before, Described after) =>
        before.Properties.Keys.Union(after.Properties.Keys)
            .Select(key => new PropertyChange(key, before.Properties.GetValueOrDefault(key), after.Properties.GetValueOrDefault(key)))
            .Where(p => p.Before != p.After)
            .ToList();
}
