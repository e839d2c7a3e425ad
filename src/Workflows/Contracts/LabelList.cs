using System.Globalization;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>Labels listed in a message ("Escaneo, Fotocopia"), each said in the language the message is said in.</summary>
public sealed record LabelList(IReadOnlyList<Text> Labels) : IFormattable
{
    public string ToString(string? format, IFormatProvider? provider) =>
        string.Join(", ", Labels.Select(l => l.In(provider as CultureInfo ?? TextKey.Spanish)));

    public override string ToString() => ToString(null, TextKey.Spanish);
}
