using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Smartflex.Import;

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
            throw new WorkflowValidationException(DomainTexts.SmartflexNoHeader.With(SmartflexExportColumns.HeaderLine));
        var missing = expected.Except(names).ToList();
        var unknown = names.Except(expected).ToList();
        var repeated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var problems = new List<Text>();
        if (missing.Count > 0) problems.Add(DomainTexts.SmartflexHeaderMissingColumns.With(string.Join(", ", missing)));
        if (unknown.Count > 0) problems.Add(DomainTexts.SmartflexHeaderUnknownColumns.With(string.Join(", ", unknown.Select(u => u.Length == 0 ? "«»" : u))));
        if (repeated.Count > 0) problems.Add(DomainTexts.SmartflexHeaderRepeatedColumns.With(string.Join(", ", repeated)));
        if (problems.Count > 0) throw new WorkflowValidationException(DomainTexts.SmartflexHeaderWrong.With(problems, SmartflexExportColumns.HeaderLine));
        return new SmartflexExportHeader(names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index));
    }
}
