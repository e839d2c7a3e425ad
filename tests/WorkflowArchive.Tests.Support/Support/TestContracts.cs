using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Contracts;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// The form of the engine tests' user tasks: an optional note of at most 20 characters, refused (as a record rule
/// would) when the instance is marked <c>locked</c>.
/// </summary>
public sealed class TestNoteContract : ITaskContract
{
    public const string Key = "test-note";
    public const string Note = "note";

    public static readonly FormContract Form = new(Key, TestTexts.NoteForm.With(),
        [FormField.Text(Note, TestTexts.NoteLabel.With(), 20)]);

    FormContract ITaskContract.Form => Form;

    public Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken)
    {
        var errors = Form.Check(output.Data, DateOnly.FromDateTime(output.Now.UtcDateTime));
        if (errors.Count == 0 && FormValues.Boolean(output.Variables["locked"]) == true)
            errors = [new FieldError(Note, TestTexts.Locked.With())];
        return Task.FromResult(errors);
    }
}
