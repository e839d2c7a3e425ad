using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>What kind of value a field holds, as it travels in JSON.</summary>
public enum FieldType
{
    /// <summary>A JSON string.</summary>
    Text,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A calendar date written yyyy-MM-dd.</summary>
    Date,
    /// <summary>A JSON string that must be one of <see cref="FormField.Choices"/>.</summary>
    Choice,
    /// <summary>A JSON array of strings.</summary>
    TextList,
    /// <summary>A JSON array of objects, each with <see cref="FormField.ItemFields"/>.</summary>
    List,
}

/// <summary>One allowed value of a choice: the value programs send and the label people read.</summary>
public sealed record FieldChoice(string Value, Text Label);

/// <summary>
/// One field of a form's output. <see cref="Name"/> is the variable the instance keeps it under (or the property of the
/// request); the checks in <see cref="FieldChecks"/> enforce the type, presence, length and allowed values declared here.
/// </summary>
public sealed record FormField(string Name, FieldType Type, Text Label)
{
    public bool Required { get; init; }

    /// <summary>Text and text lists: the most characters one value may have.</summary>
    public int? MaxLength { get; init; }

    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>Lists: the fields of each item.</summary>
    public IReadOnlyList<FormField> ItemFields { get; init; } = [];

    /// <summary>Lists: the item field that names an item in messages ("documents.contrato" rather than "documents[3]").</summary>
    public string? ItemKey { get; init; }

    /// <summary>When the field is required only in some cases, the case, said for people.</summary>
    public Text? RequiredWhen { get; init; }

    public static FormField Text(string name, Text label, int maxLength, bool required = false) =>
        new(name, FieldType.Text, label) { MaxLength = maxLength, Required = required };

    public static FormField Boolean(string name, Text label, bool required = false) => new(name, FieldType.Boolean, label) { Required = required };

    public static FormField Date(string name, Text label, bool required = false) => new(name, FieldType.Date, label) { Required = required };

    public static FormField Choice(string name, Text label, IReadOnlyList<FieldChoice> choices, bool required = false) =>
        new(name, FieldType.Choice, label) { Choices = choices, Required = required };

    public static FormField TextList(string name, Text label, int maxLength, bool required = false) =>
        new(name, FieldType.TextList, label) { MaxLength = maxLength, Required = required };

    public static FormField List(string name, Text label, string itemKey, IReadOnlyList<FormField> itemFields, bool required = false) =>
        new(name, FieldType.List, label) { ItemKey = itemKey, ItemFields = itemFields, Required = required };

    public bool Allows(string value) => Choices.Any(c => c.Value == value);

    /// <summary>How messages name one item of this list: by its key ("documents.contrato") when it has one, else by position.</summary>
    public string PathOf(JsonObject item, int index, string? path = null) =>
        ItemKey is { } key && FormValues.Text(item[key]) is { } name ? $"{path ?? Name}.{name}" : $"{path ?? Name}[{index}]";
}
