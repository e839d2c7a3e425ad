namespace WorkflowArchive.Workflows;

/// <summary>Base of every error the engine raises on purpose; the host maps each kind to a problem detail.</summary>
public abstract class WorkflowException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Something asked for does not exist (404).</summary>
public sealed class WorkflowNotFoundException(string message) : WorkflowException(message);

/// <summary>The request clashes with the current state, or lost a race with another move (409).</summary>
public sealed class WorkflowConflictException(string message, Exception? inner = null) : WorkflowException(message, inner);

/// <summary>The input is wrong; <see cref="Errors"/> lists what, element by element when it is a definition (400/422).</summary>
public sealed class WorkflowValidationException(string message, IReadOnlyList<BpmnDiagnostic> errors)
    : WorkflowException(message)
{
    public WorkflowValidationException(string message) : this(message, []) { }

    public IReadOnlyList<BpmnDiagnostic> Errors { get; } = errors;
}
