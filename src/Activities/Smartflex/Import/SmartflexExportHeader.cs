using WorkflowArchive.Workflows;

namespace WorkflowArchive.Activities.Smartflex.Import;

/// <summary>Where each column sits in the file. A file whose header is missing or wrong is refused whole: its rows cannot be read.</summary>
public sealed class SmartflexExportHeader
{
    private readonly Dictionary<string, int> _positions;

    private SmartflexExportHeader(Dictionary<string, int> positions) => _positions = positions;

    public int Width => _positions.Count;

    public string Value(IReadOnlyList<string> fields, string column) => fields[_positions[column]].Trim();

    public static SmartflexExportHeader From(CsvRecord record)
    {
        var names = record.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var expected = SmartflexExportColumns.All;
        if (!names.Intersect(expected).Any())
            throw Refused("The file has no header row");
        var missing = expected.Except(names).ToList();
        var unknown = names.Except(expected).ToList();
        var repeated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var problems = new List<string>();
        if (missing.Count > 0) problems.Add($"missing column(s) {string.Join(", ", missing)}");
        if (unknown.Count > 0) problems.Add($"unknown column(s) {string.Join(", ", unknown.Select(u => u.Length == 0 ? "(empty)" : u))}");
        if (repeated.Count > 0) problems.Add($"column(s) named twice: {string.Join(", ", repeated)}");
        if (problems.Count > 0) throw Refused($"The header row is wrong: {string.Join("; ", problems)}");
        return new SmartflexExportHeader(names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index));
    }

    private static WorkflowValidationException Refused(string what) =>
        new($"{what}. The first line must name the columns: {SmartflexExportColumns.HeaderLine} (separated by ',' or ';').");
}
