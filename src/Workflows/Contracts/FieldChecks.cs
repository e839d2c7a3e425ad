using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>
/// Checks values against their field declarations; a nested field is named "list.item.field" (see <see cref="FormField.ItemKey"/>).
/// Every check adds to one list: each move checks its form, and an iterator per field cost more than the checks.
/// </summary>
internal static class FieldChecks
{
    public static List<FieldError> Check(IReadOnlyList<FormField> fields, JsonObject data)
    {
        var errors = new List<FieldError>();
        Check(fields, data, "", errors);
        return errors;
    }

    private static void Check(IReadOnlyList<FormField> fields, JsonObject data, string prefix, List<FieldError> errors)
    {
        // A field no form declares would reach the instance unchecked: refuse it (a null is harmless and ignored).
        foreach (var (name, value) in data)
            if (value is not null && !Declares(fields, name))
                errors.Add(new FieldError(prefix + name, ContractTexts.FieldUnknown.With(name)));

        foreach (var field in fields) Check(field, data[field.Name], prefix + field.Name, errors);
    }

    private static bool Declares(IReadOnlyList<FormField> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
            if (fields[i].Name == name) return true;
        return false;
    }

    private static void Check(FormField field, JsonNode? value, string path, List<FieldError> errors)
    {
        if (FormValues.IsBlank(value))
        {
            if (field.Required) errors.Add(new FieldError(path, EngineTexts.FieldRequired.With()));
            return;
        }
        var kind = value!.GetValueKind();
        switch (field.Type)
        {
            case FieldType.Text when kind != JsonValueKind.String:
                errors.Add(new FieldError(path, ContractTexts.FieldNotText.With()));
                break;
            case FieldType.Text when field.MaxLength is { } max && value.GetValue<string>().Trim().Length > max:
                errors.Add(new FieldError(path, ContractTexts.FieldTooLong.With(max)));
                break;
            case FieldType.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False):
                errors.Add(new FieldError(path, ContractTexts.FieldNotBoolean.With()));
                break;
            case FieldType.Date when FormValues.Date(value) is null:
                errors.Add(new FieldError(path, ContractTexts.FieldNotDate.With()));
                break;
            case FieldType.Choice when FormValues.Text(value) is not { } choice || !field.Allows(choice):
                errors.Add(new FieldError(path, ContractTexts.FieldNotAllowed.With(new LabelList(field.Choices.Select(c => c.Label).ToList()))));
                break;
            case FieldType.TextList or FieldType.List when value is not JsonArray:
                errors.Add(new FieldError(path, ContractTexts.FieldNotList.With()));
                break;
            case FieldType.TextList:
                CheckTexts(field, (JsonArray)value, path, errors);
                break;
            case FieldType.List:
                CheckItems(field, (JsonArray)value, path, errors);
                break;
        }
    }

    private static void CheckTexts(FormField field, JsonArray values, string path, List<FieldError> errors)
    {
        foreach (var item in values)
        {
            if (item?.GetValueKind() != JsonValueKind.String) errors.Add(new FieldError(path, ContractTexts.FieldNotText.With()));
            else if (field.MaxLength is { } max && item.GetValue<string>().Trim().Length > max) errors.Add(new FieldError(path, ContractTexts.FieldTooLong.With(max)));
        }
    }

    private static void CheckItems(FormField field, JsonArray items, string path, List<FieldError> errors)
    {
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is not JsonObject item)
            {
                errors.Add(new FieldError($"{path}[{index}]", ContractTexts.FieldNotItem.With()));
                continue;
            }
            Check(field.ItemFields, item, field.PathOf(item, index, path) + ".", errors);
        }
    }
}
