using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Smartflex.Import;

public sealed record ParsedSale(int Line, SmartflexSale Sale);

public sealed record ParsedExport(IReadOnlyList<ParsedSale> Sales, IReadOnlyList<ImportLineError> Errors);

/// <summary>
/// Reads a whole export: refuses the file when it has no usable header, otherwise keeps every valid row and
/// reports each bad one with its line. An order number listed twice keeps its first valid line.
/// </summary>
public static class SmartflexExportReader
{
    public static ParsedExport Read(string text, SmartflexExportRules rules)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new WorkflowValidationException(DomainTexts.SmartflexFileEmpty.With(SmartflexExportColumns.HeaderLine));
        var separator = CsvRecords.DetectSeparator(text.TrimStart())
            ?? throw new WorkflowValidationException(DomainTexts.SmartflexNoSeparator.With(SmartflexExportColumns.HeaderLine));

        using var records = CsvRecords.Read(text, separator).Where(r => !r.IsBlank).GetEnumerator();
        if (!records.MoveNext())
            throw new WorkflowValidationException(DomainTexts.SmartflexNoHeader.With(SmartflexExportColumns.HeaderLine));
        var header = SmartflexExportHeader.From(records.Current);

        var sales = new List<ParsedSale>();
        var errors = new List<ImportLineError>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var record = records.Current;
            var orderNumber = record.Fields.Count == header.Width ? NullIfEmpty(header.Value(record.Fields, SmartflexExportColumns.OrderNumber)) : null;
            var (sale, problems) = SmartflexExportRow.Parse(record, header, rules);
            if (sale is null)
                errors.Add(new ImportLineError(record.Line, orderNumber, problems));
            else if (firstLineOf.TryGetValue(sale.OrderNumber, out var first))
                errors.Add(new ImportLineError(record.Line, sale.OrderNumber, [DomainTexts.SmartflexRowDuplicate.With(sale.OrderNumber, first)]));
            else
            {
                firstLineOf[sale.OrderNumber] = record.Line;
                sales.Add(new ParsedSale(record.Line, sale));
            }
        }
        return new ParsedExport(sales, errors);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
