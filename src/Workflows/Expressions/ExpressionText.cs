namespace WorkflowArchive.Workflows.Expressions;

/// <summary>Our expressions are written <c>${...}</c> (as Camunda does); a condition may also be written bare.</summary>
public static class ExpressionText
{
    public static bool IsExpression(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}');
    }

    public static string Unwrap(string text)
    {
        var trimmed = text.Trim();
        return IsExpression(trimmed) ? trimmed[2..^1].Trim() : trimmed;
    }
}
