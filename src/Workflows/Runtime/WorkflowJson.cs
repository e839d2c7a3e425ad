using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowArchive.Workflows.Runtime;

public static class WorkflowJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A short, readable rendering for the journal: enough to see what went in or out, never a whole document.</summary>
    public static string Summarize(JsonObject values, int maxLength = 400)
    {
        if (values.Count == 0) return "";
        var text = values.ToJsonString(Options);
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }

    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
            target[name] = value?.DeepClone();
    }
}
