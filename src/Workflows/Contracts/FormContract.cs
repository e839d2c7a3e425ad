using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>
/// What a form takes, declared once: its fields and its rules. The engine checks a task's output against it before the
/// move, the staff app shows its messages beside each field, the validator reads its fields and allowed values, and
/// <c>GET /api/forms</c> publishes it.
/// </summary>
public sealed class FormContract(string key, Text name, IReadOnlyList<FormField> fields, IReadOnlyList<FormRule>? rules = null)
{
    public string Key { get; } = key;
    public Text Name { get; } = name;
    public IReadOnlyList<FormField> Fields { get; } = fields;
    public IReadOnlyList<FormRule> Rules { get; } = rules ?? [];

    public FormField Field(string name) => Fields.Single(f => f.Name == name);

    /// <summary>Every problem the data alone shows: field types, presence, lengths, allowed values, and the data rules.</summary>
    public IReadOnlyList<FieldError> Check(JsonObject data, DateOnly today)
    {
        var errors = FieldChecks.Check(Fields, data);
        var input = new FormInput(data, today);
        foreach (var rule in Rules)
            if (rule.Check is { } check) errors.AddRange(check(input));
        return errors.Count < 2 ? errors : errors.DistinctBy(e => (e.Field, e.Code)).ToList();
    }
}

public static class FieldErrorList
{
    /// <summary>Refuses the input as a whole when anything is wrong: 422 with every field's messages.</summary>
    public static void ThrowIfAny(this IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0) throw new InvalidInputException(errors);
    }
}
