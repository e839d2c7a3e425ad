using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>Where an instance is now and how it got there, in element ids of its own definition version.</summary>
public sealed record InstancePath(IReadOnlyList<string> Active, IReadOnlyList<string> Visited, IReadOnlyList<string> TakenFlows, string? Incident)
{
    /// <summary>
    /// Reads the journal in order. The journal names elements, not flows, so a flow counts as taken when its target is
    /// entered while its source's last departure has not yet been matched to that flow (each departure along each of its
    /// outgoing flows at most once): a parallel split lights every branch it started, a gateway only the branch it chose.
    /// </summary>
    public static InstancePath Trace(ProcessModel model, WorkflowInstance instance, IEnumerable<JournalEntry> journal)
    {
        var visited = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var departures = new Dictionary<string, (long Order, HashSet<string> Flows)>(StringComparer.Ordinal);
        foreach (var entry in journal.OrderBy(j => j.Id))
        {
            if (!model.Nodes.TryGetValue(entry.ElementId, out var node)) continue;
            if (entry.Action is JournalAction.Entered or JournalAction.Passed)
                Arrive(node, visited, taken, departures);
            if (entry.Action is JournalAction.Left or JournalAction.Passed)
                departures[node.Id] = (entry.Id, node.Outgoing.Select(f => f.Id).ToHashSet(StringComparer.Ordinal));
        }
        var active = instance.Tokens.Where(t => t.Status != TokenStatus.Arrived).Select(t => t.ElementId)
            .Where(model.Nodes.ContainsKey).Distinct().ToList();
        var incident = instance.Status == InstanceStatus.Incident ? instance.IncidentElementId : null;
        return new InstancePath(active, visited, taken.Order(StringComparer.Ordinal).ToList(), incident);
    }

    private static void Arrive(FlowNode node, List<string> visited, HashSet<string> taken, Dictionary<string, (long Order, HashSet<string> Flows)> departures)
    {
        if (!visited.Contains(node.Id)) visited.Add(node.Id);
        var arrival = node.Incoming
            .Where(f => departures.TryGetValue(f.SourceId, out var d) && d.Flows.Contains(f.Id))
            .MaxBy(f => departures[f.SourceId].Order);
        if (arrival is null) return;
        taken.Add(arrival.Id);
        departures[arrival.SourceId].Flows.Remove(arrival.Id);
    }
}
