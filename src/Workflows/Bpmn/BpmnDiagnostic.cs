using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows;

public enum DiagnosticSeverity { Warning, Error }

/// <summary>One finding about a definition, tied to the element it is about (null: the whole file).</summary>
public sealed record BpmnDiagnostic(DiagnosticSeverity Severity, string? ElementId, Text Text)
{
    /// <summary>The element (or feature) is BPMN this engine does not run: an import is refused over it, not stored as a draft to fix.</summary>
    public bool NotSupported { get; init; }

    /// <summary>The Spanish text (the designer's language); the API says it in the caller's language from <see cref="Text"/>.</summary>
    public string Message => Text.ToString();

    public string Code => Text.Code;

    /// <summary>The text with the element it is about in front, for a message that lists several findings.</summary>
    public Text Located => ElementId is null ? Text : EngineTexts.ProblemOnElement.With(ElementId, Text);

    public static BpmnDiagnostic Error(string? elementId, Text text) => new(DiagnosticSeverity.Error, elementId, text);
    public static BpmnDiagnostic Warning(string? elementId, Text text) => new(DiagnosticSeverity.Warning, elementId, text);
    public static BpmnDiagnostic Unsupported(string? elementId, Text text) => new(DiagnosticSeverity.Error, elementId, text) { NotSupported = true };

    public override string ToString() => ElementId is null ? Message : $"{ElementId}: {Message}";
}
