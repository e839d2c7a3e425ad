using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>Something that happened while a step was running: the task was created, taken, completed, a deadline set.</summary>
public sealed record StepLine(DateTimeOffset At, string? Actor, string Text);

/// <summary>One pass of an instance through a step of its process, as people read it: the step's name, how it ended, and its bookkeeping.</summary>
public sealed record JournalStep(string ElementId, string Name, DateTimeOffset At, DateTimeOffset? EndedAt, string? Actor, string? Outcome,
    IReadOnlyList<StepLine> Lines)
{
    public bool Finished => EndedAt is not null;
}

/// <summary>
/// Reads an instance's journal as steps: the engine's entries (entered, task created/claimed/completed, timer
/// scheduled/fired, left, or passed for entered and left at once) are grouped under the pass of the element they belong
/// to. Gateways, start and end events are bookkeeping too and are left out, unless something went wrong on them.
/// </summary>
public sealed class JournalSteps(ReadableText readable)
{
    private static readonly NodeKind[] Steps = [NodeKind.UserTask, NodeKind.ServiceTask, NodeKind.TimerCatchEvent, NodeKind.TimerBoundaryEvent];

    public IReadOnlyList<JournalStep> Read(ProcessModel? model, IEnumerable<JournalEntry> journal)
    {
        var passes = new List<Pass>();
        var open = new Dictionary<string, Pass>(StringComparer.Ordinal);
        foreach (var entry in journal.OrderBy(j => j.Id))
        {
            var node = model?.Nodes.GetValueOrDefault(entry.ElementId);
            if (entry.Action == JournalAction.TimerScheduled && node is { Kind: NodeKind.TimerBoundaryEvent, AttachedToId: { } host }
                && open.TryGetValue(host, out var hostPass))
            {
                // A deadline on a task is part of that task's step.
                hostPass.Lines.Add(new StepLine(entry.At, entry.Actor, Deadline("Plazo programado", entry.Summary)));
                continue;
            }
            var pass = PassOf(entry, node, passes, open);
            Record(pass, entry, node);
            if (entry.Action is JournalAction.Left or JournalAction.Passed or JournalAction.Started or JournalAction.Completed) open.Remove(entry.ElementId);
        }
        return passes.Where(p => p.Shown).Select(p => p.ToStep()).ToList();
    }

    private static Pass PassOf(JournalEntry entry, FlowNode? node, List<Pass> passes, Dictionary<string, Pass> open)
    {
        if (open.TryGetValue(entry.ElementId, out var current) && !(entry.Action is JournalAction.Entered or JournalAction.Passed && current.Entered))
            return current;
        var isProcess = node is null && entry.Action is JournalAction.Started or JournalAction.Completed;
        var pass = new Pass(entry.ElementId, NameOf(entry, node), entry.At, isProcess || node is null || Steps.Contains(node.Kind));
        passes.Add(pass);
        open[entry.ElementId] = pass;
        return pass;
    }

    private void Record(Pass pass, JournalEntry entry, FlowNode? node)
    {
        switch (entry.Action)
        {
            case JournalAction.Entered:
                pass.Entered = true;
                break;
            case JournalAction.Started:
                pass.Name = "Inicio del proceso";
                pass.EndedAt = entry.At;
                pass.Actor = entry.Actor;
                break;
            case JournalAction.Completed:
                pass.Name = "Fin del proceso";
                pass.EndedAt = entry.At;
                break;
            case JournalAction.Passed:
                pass.Entered = true;
                goto case JournalAction.Left;
            case JournalAction.Left:
                pass.EndedAt = entry.At;
                pass.Actor ??= entry.Actor;
                pass.Outcome ??= readable.Of(entry.Summary);
                break;
            case JournalAction.TaskCreated:
                var role = node?.CandidateRole is { } candidate ? $" para {Labels.Role(candidate)}" : "";
                pass.Lines.Add(new StepLine(entry.At, null, Deadline($"Tarea creada{role}", entry.Summary)));
                break;
            case JournalAction.TaskClaimed:
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, $"Tomada por {entry.Actor ?? "—"}"));
                break;
            case JournalAction.TaskReleased:
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, $"Liberada por {entry.Actor ?? "—"}"));
                break;
            case JournalAction.TaskReassigned:
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, Joined("Reasignada", readable.Of(entry.Summary))));
                break;
            case JournalAction.TaskCompleted:
                pass.Actor = entry.Actor;
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, $"Completada por {entry.Actor ?? "—"}"));
                break;
            case JournalAction.TaskCancelled:
                pass.EndedAt ??= entry.At;
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, Joined("Tarea cancelada", readable.Of(entry.Summary))));
                break;
            case JournalAction.TimerScheduled:
                pass.Lines.Add(new StepLine(entry.At, null, Deadline("Plazo programado", entry.Summary)));
                break;
            case JournalAction.TimerFired:
                pass.Lines.Add(new StepLine(entry.At, null, "Plazo cumplido"));
                break;
            case JournalAction.Incident:
                pass.Shown = true;
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, Joined("Incidente", readable.Of(entry.Summary))));
                break;
            case JournalAction.Retried:
                pass.Shown = true;
                pass.Lines.Add(new StepLine(entry.At, entry.Actor, $"Reintentado por {entry.Actor ?? "—"}"));
                break;
        }
    }

    private string Deadline(string text, string? summary) => readable.FirstMoment(summary) is { } due ? $"{text}; vence {due}" : text;

    private static string Joined(string head, string? tail) => tail is null ? head : $"{head}: {tail}";

    /// <summary>The step's name as the process designer wrote it; ids are internal and never shown.</summary>
    private static string NameOf(JournalEntry entry, FlowNode? node) => node?.Name ?? entry.ElementName ?? node?.Kind switch
    {
        NodeKind.UserTask => "Tarea",
        NodeKind.ServiceTask => "Paso automático",
        NodeKind.TimerCatchEvent or NodeKind.TimerBoundaryEvent => "Plazo",
        NodeKind.ExclusiveGateway or NodeKind.ParallelGateway => "Decisión",
        _ => "Paso",
    };

    private sealed class Pass(string elementId, string name, DateTimeOffset at, bool shown)
    {
        public string ElementId { get; } = elementId;
        public string Name { get; set; } = name;
        public DateTimeOffset At { get; } = at;
        public DateTimeOffset? EndedAt { get; set; }
        public string? Actor { get; set; }
        public string? Outcome { get; set; }
        public bool Entered { get; set; }
        public bool Shown { get; set; } = shown;
        public List<StepLine> Lines { get; } = [];

        public JournalStep ToStep() => new(ElementId, Name, At, EndedAt, Actor, Outcome, Lines);
    }
}
