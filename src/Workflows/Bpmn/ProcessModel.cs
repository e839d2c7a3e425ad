using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Bpmn;

public enum NodeKind
{
    StartEvent,
    EndEvent,
    TerminateEndEvent,
    UserTask,
    ServiceTask,
    ExclusiveGateway,
    ParallelGateway,
    TimerCatchEvent,
    TimerBoundaryEvent,
}

/// <summary>A timer as written: exactly one of duration or date, either literal or a <c>${expression}</c>.</summary>
public sealed record TimerDefinition(string? Duration, string? Date);

public sealed class FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required NodeKind Kind { get; init; }
    public List<SequenceFlow> Incoming { get; } = [];
    public List<SequenceFlow> Outgoing { get; } = [];

    /// <summary>Service task: the registered activity type it runs.</summary>
    public string? ActivityType { get; init; }

    /// <summary>User task: who may take it; defaults to the role derived from its lane.</summary>
    public string? CandidateRole { get; set; }
    public string? FormKey { get; init; }

    /// <summary>User task: ISO-8601 duration (or expression) after which it is due.</summary>
    public string? DueDate { get; init; }

    public TimerDefinition? Timer { get; init; }

    /// <summary>Boundary event: the user task it sits on, and whether firing cancels that task.</summary>
    public string? AttachedToId { get; init; }
    public bool CancelActivity { get; init; } = true;

    /// <summary>Exclusive gateway: the flow taken when no condition holds.</summary>
    public string? DefaultFlowId { get; init; }

    public string? LaneName { get; set; }

    /// <summary>Boundary events attached to this node (filled once all nodes are read).</summary>
    public List<FlowNode> BoundaryEvents { get; } = [];

    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}

public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, string? Condition);

public sealed record Lane(string Id, string? Name, IReadOnlyList<string> FlowNodeIds, string? CandidateRole);

/// <summary>The executable view of one BPMN process; the XML stays the source of truth.</summary>
public sealed class ProcessModel
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public Dictionary<string, FlowNode> Nodes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SequenceFlow> Flows { get; } = new(StringComparer.Ordinal);
    public List<Lane> Lanes { get; } = [];

    public IEnumerable<FlowNode> StartEvents => Nodes.Values.Where(n => n.Kind == NodeKind.StartEvent);

    public FlowNode Node(string id) => Nodes.TryGetValue(id, out var node)
        ? node
        : throw new WorkflowNotFoundException(EngineTexts.ElementNotFound.With(id));
}
