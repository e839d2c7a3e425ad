using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows;

/// <summary>
/// Base of every error the engine and the domain raise on purpose; the host maps each kind to a problem detail whose
/// <c>code</c> is <see cref="Code"/> and whose text is <see cref="Text"/> in the caller's language.
/// </summary>
public abstract class WorkflowException : Exception
{
    protected WorkflowException(Text text, Exception? inner = null) : base(text.ToString(), inner) => Text = text;

    public Text Text { get; }

    public string Code => Text.Code;
}

/// <summary>Something asked for does not exist (404).</summary>
public sealed class WorkflowNotFoundException : WorkflowException
{
    public WorkflowNotFoundException(Text text) : base(text) { }
}

/// <summary>The request clashes with the current state, or lost a race with another move (409).</summary>
public sealed class WorkflowConflictException : WorkflowException
{
    public WorkflowConflictException(Text text, Exception? inner = null) : base(text, inner) { }
}

/// <summary>The input is wrong; <see cref="Errors"/> lists what, element by element when it is a definition (400).</summary>
public sealed class WorkflowValidationException : WorkflowException
{
    public WorkflowValidationException(Text text, IReadOnlyList<BpmnDiagnostic> errors) : base(text) => Errors = errors;
    public WorkflowValidationException(Text text) : this(text, []) { }

    public IReadOnlyList<BpmnDiagnostic> Errors { get; }
}

/// <summary>
/// Data a person typed (a task form, a binder, a request) breaks the contract it is checked against (422). Nothing
/// moved: <see cref="Fields"/> says which field is wrong and why, so a form can show each message beside its field.
/// </summary>
public sealed class InvalidInputException(IReadOnlyList<FieldError> fields)
    : WorkflowException(EngineTexts.InvalidInput.With(fields.Count))
{
    public InvalidInputException(string field, Text text) : this([new FieldError(field, text)]) { }

    /// <summary>With a summary of its own, whose code names the one rule all <paramref name="fields"/> break (e.g. <c>advisor-mismatch</c>).</summary>
    public InvalidInputException(Text summary, IReadOnlyList<FieldError> fields) : this(fields) => _summary = summary;

    private readonly Text? _summary;

    /// <summary>What the problem's detail and code say: the summary given, or how many fields are wrong.</summary>
    public Text Summary => _summary ?? Text;

    public IReadOnlyList<FieldError> Fields { get; } = fields;

    /// <summary>Logs (a start-up seed, a background job) say which field is wrong and why, not only how many.</summary>
    public override string Message => $"{base.Message} {string.Join(" ", Fields.Select(f => $"{f.Field}: {f.Text}"))}";
}

/// <summary>What is wrong with one field; <see cref="Field"/> is the variable or property name (dotted for nested ones).</summary>
public sealed record FieldError(string Field, Text Text)
{
    public string Code => Text.Code;
}
