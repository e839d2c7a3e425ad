using Bogus;
using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>The CSV reading itself, without a database: quoting, separators, line numbers, limits.</summary>
public sealed class SmartflexExportReaderTests
{
    private static readonly SmartflexExportRules Rules = new(
        ["internet", "tv-cable", "movil", "datos-empresariales"], ["venta-nueva", "traslado", "baja"],
        new Dictionary<string, int> { [nameof(SmartflexSale.OrderNumber)] = 50, [nameof(SmartflexSale.CustomerName)] = 300 });

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void Generated_sales_written_as_a_spreadsheet_would_are_read_back_unchanged(char separator)
    {
        var sales = SaleFaker().Generate(200);
        var csv = string.Join("\r\n", [Header(separator), .. sales.Select(s => Row(s, separator))]);

        var export = SmartflexExportReader.Read(csv, Rules);

        Assert.Empty(export.Errors);
        Assert.Equivalent(sales, export.Sales.Select(s => s.Sale).ToList(), strict: true);
        // A quoted line break moves every later row one line down.
        var expectedLines = sales.Select((_, i) => 2 + i + sales.Take(i).Sum(p => p.CustomerName.Count(c => c == '\n')));
        Assert.Equal(expectedLines, export.Sales.Select(s => s.Line));
    }

    [Fact]
    public void Columns_may_come_in_any_order_with_any_case_and_a_byte_order_mark()
    {
        var csv = "\uFEFFSale_Date , ADVISOR_CODE,transaction_code,service_code,customer_is_company,customer_name,customer_document,order_number\n" +
                  "2027-05-28,arojas,venta-nueva,internet,1,Rosa,4455667 CB,SF-1\n";

        var sale = Assert.Single(SmartflexExportReader.Read(csv, Rules).Sales).Sale;

        Assert.Equal(("SF-1", "arojas", true, new DateOnly(2027, 5, 28)), (sale.OrderNumber, sale.AdvisorCode, sale.CustomerIsCompany, sale.SaleDate));
    }

    [Fact]
    public void A_value_longer_than_its_column_and_an_unclosed_quote_are_reported_on_their_lines()
    {
        var csv = $"{SmartflexExportColumns.HeaderLine}\n" +
                  $"{new string('9', 51)},1,Rosa,false,internet,venta-nueva,arojas,2027-05-28\n" +
                  "SF-2,1,\"Rosa,false,internet,venta-nueva,arojas,2027-05-28\n";

        var errors = SmartflexExportReader.Read(csv, Rules).Errors;

        Assert.Equal([(2, "smartflex-row-too-long"), (3, "smartflex-row-unclosed-quote")], errors.Select(e => (e.Line, Assert.Single(e.Problems).Code)));
        Assert.Equal(["order_number", 50], errors[0].Problems[0].Arguments);
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_refused()
    {
        var csv = SmartflexExportColumns.HeaderLine + ",order_number\n";

        var error = Assert.Throws<WorkflowValidationException>(() => SmartflexExportReader.Read(csv, Rules));

        Assert.Equal("smartflex-header-wrong", error.Code);
        Assert.Contains(DomainTexts.SmartflexHeaderRepeatedColumns.With("order_number").ToString(), error.Message);
    }

    private static string Header(char separator) => string.Join(separator, SmartflexExportColumns.All);

    private static string Row(SmartflexSale s, char separator) => string.Join(separator,
        Quoted(s.OrderNumber, separator), Quoted(s.CustomerDocument, separator), Quoted(s.CustomerName, separator),
        s.CustomerIsCompany ? "true" : "false", s.ServiceCode, s.TransactionCode, s.AdvisorCode, s.SaleDate.ToString("yyyy-MM-dd"));

    /// <summary>What spreadsheets do: quote a field holding the separator, a quote or a line break, doubling its quotes.</summary>
    private static string Quoted(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    private static Faker<SmartflexSale> SaleFaker()
    {
        var number = 0;
        return new Faker<SmartflexSale>("es")
            .UseSeed(51)
            .CustomInstantiator(f =>
            {
                var company = f.Random.Bool(0.2f);
                return new SmartflexSale
                {
                    OrderNumber = $"SF-2027-{++number:D6}",
                    CustomerDocument = company ? f.Random.ReplaceNumbers("#########01") : f.Random.ReplaceNumbers("#######") + " CB",
                    // Names with separators, quotes and line breaks are what the quoting rules are for.
                    CustomerName = company
                        ? $"{f.Company.CompanyName()}, {f.PickRandom("S.R.L.", "S.A.", "Ltda.")}"
                        : f.Random.Bool(0.1f) ? $"{f.Name.FullName()} \"{f.Name.FirstName()}\"; {f.Name.LastName()}\n(cotitular)" : f.Name.FullName(),
                    CustomerIsCompany = company,
                    ServiceCode = company ? "datos-empresariales" : f.PickRandom("internet", "tv-cable", "movil"),
                    TransactionCode = f.PickRandom("venta-nueva", "traslado", "baja"),
                    AdvisorCode = f.PickRandom("arojas", "jcespedes", "lfernandez", "mvargas"),
                    SaleDate = new DateOnly(2027, 1, 1).AddDays(f.Random.Int(0, 180)),
                };
            });
    }
}
