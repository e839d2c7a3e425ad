using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>Reads a form's JSON values leniently: a value of the wrong kind reads as absent (the field checks report it).</summary>
public static class FormValues
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Absent, JSON null, blank text or an empty list: what a required field must not be.</summary>
    public static bool IsBlank(JsonNode? node) => node is null
        || node.GetValueKind() == JsonValueKind.Null
        || node.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(node.GetValue<string>())
        || node is JsonArray { Count: 0 };

    /// <summary>The trimmed text, or null when absent, blank or not a string.</summary>
    public static string? Text(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.String && node.GetValue<string>().Trim() is { Length: > 0 } text ? text : null;

    public static bool? Boolean(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static DateOnly? Date(JsonNode? node) =>
        Text(node) is { } text && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static IReadOnlyList<JsonObject> Items(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>().ToList() : [];

    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        node is JsonArray array ? array.Select(Text).OfType<string>().ToList() : [];
}
