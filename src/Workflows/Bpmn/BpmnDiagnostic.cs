namespace WorkflowArchive.Workflows;

public enum DiagnosticSeverity { Warning, Error }

/// <summary>One finding about a definition, tied to the element it is about (null: the whole file).</summary>
public sealed record BpmnDiagnostic(DiagnosticSeverity Severity, string? ElementId, string Message)
{
    public static BpmnDiagnostic Error(string? elementId, string message) => new(DiagnosticSeverity.Error, elementId, message);
    public static BpmnDiagnostic Warning(string? elementId, string message) => new(DiagnosticSeverity.Warning, elementId, message);

    public override string ToString() => ElementId is null ? Message : $"{ElementId}: {Message}";
}
