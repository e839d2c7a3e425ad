using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.WebUi;

/// <summary>How pages show a contract's messages beside their fields.</summary>
public static class FieldMessages
{
    /// <summary>The messages about a field (and, for a list item, about the fields inside it); null when there are none.</summary>
    public static string? At(IEnumerable<FieldError> errors, string field)
    {
        var messages = errors.Where(e => e.Field == field || e.Field.StartsWith(field + ".", StringComparison.Ordinal))
            .Select(e => e.Text.ToString()).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>Without "required": an empty field is not painted red before the person gets to it; the disabled button says what is missing.</summary>
    public static IEnumerable<FieldError> WithoutRequired(this IEnumerable<FieldError> errors) =>
        errors.Where(e => e.Code != EngineTexts.FieldRequired.Code);
}
