namespace WorkflowArchive.Workflows;

public enum DiagnosticSeverity { Warning, Error }

/// <summary>One finding about a definition, tied to the element it is about (null: the whole file).</summary>
public sealed record BpmnDiagnostic(DiagnosticSeverity Severity, string? ElementId, string Message)
{
    /// <summary>The element (or feature) is BPMN this engine does not run: an import is refused over it, not stored as a draft to fix.</summary>
    public bool NotSupported { get; init; }

    public static BpmnDiagnostic Error(string? elementId, string message) => new(DiagnosticSeverity.Error, elementId, message);
    public static BpmnDiagnostic Warning(string? elementId, string message) => new(DiagnosticSeverity.Warning, elementId, message);
    public static BpmnDiagnostic Unsupported(string? elementId, string message) => new(DiagnosticSeverity.Error, elementId, message) { NotSupported = true };

    public override string ToString() => ElementId is null ? Message : $"{ElementId}: {Message}";
}
