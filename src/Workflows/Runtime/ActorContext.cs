namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Who is acting in this scope (request or background job). The engine sets it at the start of every move,
/// so anything saved in that move (the audit trail included) is attributed to the right person.
/// </summary>
public sealed class ActorContext
{
    public string? Name { get; set; }
}
