using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// An instance's variables as they stood before an activity, kept as JSON text in a buffer the runner reuses; a failure
/// parses them back. A copy of the node tree before every activity copied every variable each time, and activities
/// almost never fail.
/// </summary>
internal sealed class VariablesSnapshot
{
    private readonly ArrayBufferWriter<byte> _text = new(1024);
    private Utf8JsonWriter? _writer;

    public void Take(JsonObject variables)
    {
        _text.ResetWrittenCount();
        if (_writer is null) _writer = new Utf8JsonWriter(_text);
        else _writer.Reset(_text);
        variables.WriteTo(_writer);
        _writer.Flush();
    }

    /// <summary>Puts back into <paramref name="variables"/> (the same object, which the instance keeps) what <see cref="Take"/> saw.</summary>
    public void RestoreInto(JsonObject variables)
    {
        var before = JsonNode.Parse(_text.WrittenSpan)!.AsObject();
        variables.Clear();
        foreach (var name in before.Select(v => v.Key).ToList())
        {
            var value = before[name];
            before.Remove(name);
            variables[name] = value;
        }
    }
}
