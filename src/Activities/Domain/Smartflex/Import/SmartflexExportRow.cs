using System.Globalization;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Texts;
using static WorkflowArchive.Domain.Smartflex.Import.SmartflexExportColumns;

namespace WorkflowArchive.Domain.Smartflex.Import;

/// <summary>One data row: the sale it describes, or every reason it cannot be taken (so the sender fixes the line once).</summary>
public static class SmartflexExportRow
{
    private static readonly string[] Yes = ["true", "1", "si", "sí", "s", "yes"];
    private static readonly string[] No = ["false", "0", "no", "n"];

    public static (SmartflexSale? Sale, IReadOnlyList<Text> Problems) Parse(CsvRecord record, SmartflexExportHeader header, SmartflexExportRules rules)
    {
        if (record.UnclosedQuote) return (null, [DomainTexts.SmartflexRowUnclosedQuote.With()]);
        if (record.Fields.Count != header.Width) return (null, [DomainTexts.SmartflexRowFieldCount.With(record.Fields.Count, header.Width)]);

        string Value(string column) => header.Value(record.Fields, column);
        var missing = All.Where(c => Value(c).Length == 0).ToList();
        var problems = new List<Text>();
        if (missing.Count > 0) problems.Add(DomainTexts.SmartflexRowMissing.With(string.Join(", ", missing)));

        CheckLength(OrderNumber, nameof(SmartflexSale.OrderNumber));
        CheckLength(CustomerDocument, nameof(SmartflexSale.CustomerDocument));
        CheckLength(CustomerName, nameof(SmartflexSale.CustomerName));
        CheckLength(AdvisorCode, nameof(SmartflexSale.AdvisorCode));

        var companyText = Value(CustomerIsCompany).ToLowerInvariant();
        var isCompany = Yes.Contains(companyText);
        if (companyText.Length > 0 && !isCompany && !No.Contains(companyText))
            problems.Add(DomainTexts.SmartflexRowCompanyFlag.With(CustomerIsCompany, companyText));

        var dateText = Value(SaleDate);
        var dateOk = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var saleDate);
        if (dateText.Length > 0 && !dateOk) problems.Add(DomainTexts.SmartflexRowBadDate.With(SaleDate, dateText));

        var service = rules.Service(Value(ServiceCode));
        if (Value(ServiceCode).Length > 0 && service is null) problems.Add(DomainTexts.SmartflexRowUnknownService.With(Value(ServiceCode)));
        var transaction = rules.Transaction(Value(TransactionCode));
        if (Value(TransactionCode).Length > 0 && transaction is null) problems.Add(DomainTexts.SmartflexRowUnknownTransaction.With(Value(TransactionCode)));

        if (problems.Count > 0) return (null, problems);
        return (new SmartflexSale
        {
            OrderNumber = Value(OrderNumber),
            CustomerDocument = Value(CustomerDocument),
            CustomerName = Value(CustomerName),
            CustomerIsCompany = isCompany,
            ServiceCode = service!,
            TransactionCode = transaction!,
            AdvisorCode = Value(AdvisorCode),
            SaleDate = saleDate,
        }, []);

        void CheckLength(string column, string property)
        {
            var max = rules.MaxLength(property);
            if (Value(column).Length > max) problems.Add(DomainTexts.SmartflexRowTooLong.With(column, max));
        }
    }
}
