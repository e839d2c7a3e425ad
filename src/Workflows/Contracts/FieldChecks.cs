using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>Checks values against their field declarations; a nested field is named "list.item.field" (see <see cref="FormField.ItemKey"/>).</summary>
internal static class FieldChecks
{
    public static IEnumerable<FieldError> Check(IReadOnlyList<FormField> fields, JsonObject data, string prefix = "")
    {
        // A field no form declares would reach the instance unchecked: refuse it (a null is harmless and ignored).
        foreach (var (name, value) in data)
            if (value is not null && fields.All(f => f.Name != name))
                yield return new FieldError(prefix + name, ContractTexts.FieldUnknown.With(name));

        foreach (var field in fields)
        foreach (var error in Check(field, data[field.Name], prefix + field.Name))
            yield return error;
    }

    private static IEnumerable<FieldError> Check(FormField field, JsonNode? value, string path)
    {
        if (FormValues.IsBlank(value))
        {
            if (field.Required) yield return new FieldError(path, EngineTexts.FieldRequired.With());
            yield break;
        }
        var kind = value!.GetValueKind();
        switch (field.Type)
        {
            case FieldType.Text when kind != JsonValueKind.String:
                yield return new FieldError(path, ContractTexts.FieldNotText.With());
                break;
            case FieldType.Text when field.MaxLength is { } max && value.GetValue<string>().Trim().Length > max:
                yield return new FieldError(path, ContractTexts.FieldTooLong.With(max));
                break;
            case FieldType.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False):
                yield return new FieldError(path, ContractTexts.FieldNotBoolean.With());
                break;
            case FieldType.Date when FormValues.Date(value) is null:
                yield return new FieldError(path, ContractTexts.FieldNotDate.With());
                break;
            case FieldType.Choice when FormValues.Text(value) is not { } choice || !field.Allows(choice):
                yield return new FieldError(path, ContractTexts.FieldNotAllowed.With(new LabelList(field.Choices.Select(c => c.Label).ToList())));
                break;
            case FieldType.TextList or FieldType.List when value is not JsonArray:
                yield return new FieldError(path, ContractTexts.FieldNotList.With());
                break;
            case FieldType.TextList:
                foreach (var error in CheckTexts(field, (JsonArray)value, path)) yield return error;
                break;
            case FieldType.List:
                foreach (var error in CheckItems(field, (JsonArray)value, path)) yield return error;
                break;
        }
    }

    private static IEnumerable<FieldError> CheckTexts(FormField field, JsonArray values, string path)
    {
        foreach (var item in values)
        {
            if (item?.GetValueKind() != JsonValueKind.String) yield return new FieldError(path, ContractTexts.FieldNotText.With());
            else if (field.MaxLength is { } max && item.GetValue<string>().Trim().Length > max) yield return new FieldError(path, ContractTexts.FieldTooLong.With(max));
        }
    }

    private static IEnumerable<FieldError> CheckItems(FormField field, JsonArray items, string path)
    {
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is not JsonObject item)
            {
                yield return new FieldError($"{path}[{index}]", ContractTexts.FieldNotItem.With());
                continue;
            }
            foreach (var error in Check(field.ItemFields, item, field.PathOf(item, index, path) + "."))
                yield return error;
        }
    }
}
