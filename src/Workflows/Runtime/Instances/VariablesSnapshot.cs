using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// An instance's variables as they stood before an activity, kept as JSON text in a pooled buffer (<see cref="Rent"/>); a failure
/// parses them back. A copy of the node tree before every activity copied every variable each time, and activities
/// almost never fail.
/// </summary>
internal sealed class VariablesSnapshot
{
    // A runner lives for one request, so its snapshots are shared across requests: a few, each keeping the buffer it
    // grew, none kept past a size the procedure's variables do not reach.
    private const int Kept = 32, KeptUpTo = 64 * 1024;
    private static readonly ConcurrentBag<VariablesSnapshot> Spare = [];

    private readonly ArrayBufferWriter<byte> _text = new(4096);
    private Utf8JsonWriter? _writer;

    /// <summary>A snapshot no one else is using; give it back with <see cref="Return"/> once the activity is over.</summary>
    public static VariablesSnapshot Rent() => Spare.TryTake(out var snapshot) ? snapshot : new VariablesSnapshot();

    public static void Return(VariablesSnapshot snapshot)
    {
        if (snapshot._text.Capacity <= KeptUpTo && Spare.Count < Kept) Spare.Add(snapshot);
    }

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
