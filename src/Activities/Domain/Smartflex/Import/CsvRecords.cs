using System.Text;

namespace WorkflowArchive.Domain.Smartflex.Import;

/// <summary>One CSV record and the line it starts on; a quoted field may carry it over several lines.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool UnclosedQuote)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Splits CSV text the way spreadsheets write it: a field in double quotes may hold the separator, line breaks
/// and doubled quotes (""). Hand-written because the format is small and the error report needs exact line numbers.
/// </summary>
public static class CsvRecords
{
    public static readonly char[] Separators = [';', ','];

    /// <summary>The separator the first line uses most (outside quotes), or null when it has neither.</summary>
    public static char? DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int>();
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c is '\n' or '\r') break;
            else if (!inQuotes && Separators.Contains(c)) counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        return counts.Count == 0 ? null : counts.MaxBy(p => p.Value).Key;
    }

    public static IEnumerable<CsvRecord> Read(string text, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var pending = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
                    if (c is '\n' or '\r') { line++; c = '\n'; }
                    field.Append(c);
                }
                continue;
            }
            if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                yield return new CsvRecord(recordLine, fields.ToArray(), false);
                fields.Clear();
                field.Clear();
                pending = false;
                recordLine = ++line;
                continue;
            }
            pending = true;
            if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            // A quote opens a quoted field only at its start; elsewhere it is an ordinary character.
            else if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); inQuotes = true; }
            else field.Append(c);
        }
        if (pending || inQuotes)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields.ToArray(), inQuotes);
        }
    }
}
