using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Expressions;

/// <summary>An expression failed to compile or run; the instance goes into an incident with this message.</summary>
public sealed class ExpressionException : WorkflowException
{
    public ExpressionException(Text text, Exception? inner = null) : base(text, inner) { }
}
