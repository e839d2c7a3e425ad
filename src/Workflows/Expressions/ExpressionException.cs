namespace WorkflowArchive.Workflows.Expressions;

/// <summary>An expression failed to compile or run; the instance goes into an incident with this message.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : WorkflowException(message, inner);
