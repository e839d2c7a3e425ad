using System.Globalization;
using System.Text;

namespace WorkflowArchive.Bench;

/// <summary>
/// A Markdown fragment of figures written to bench/results; bench/run.sh stitches the fragments into the generated
/// part of docs/benchmarks.md. Numbers are formatted invariantly so reruns diff cleanly.
/// </summary>
public sealed class ResultFile(string title)
{
    private readonly StringBuilder _text = new($"### {title}\n\n");

    public ResultFile Line(string text)
    {
        _text.AppendLine(text);
        return this;
    }

    public ResultFile Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _text.AppendLine("| " + string.Join(" | ", header) + " |");
        _text.AppendLine("|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var row in rows) _text.AppendLine("| " + string.Join(" | ", row) + " |");
        _text.AppendLine();
        return this;
    }

    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Goal(bool met) => met ? "met" : "**not met**";

    public void WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, _text.ToString());
        Console.WriteLine(_text.ToString());
    }
}
