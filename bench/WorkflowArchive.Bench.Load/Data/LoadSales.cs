namespace WorkflowArchive.Bench.Load.Data;

/// <summary>The Smartflex sales behind the binders the HTTP load registers: "LOAD-0000001" and on, all of them matching the bench inputs.</summary>
public static class LoadSales
{
    public static readonly string[] Columns =
        ["OrderNumber", "CustomerDocument", "CustomerName", "CustomerIsCompany", "ServiceCode", "TransactionCode", "AdvisorCode", "SaleDate"];

    public static string OrderNumber(int index) => $"LOAD-{index:D7}";

    public static IEnumerable<object?[]> Rows(int count) => Enumerable.Range(1, count).Select(i =>
    {
        var sale = BenchInputs.Sale(OrderNumber(i));
        return new object?[] { sale.OrderNumber, sale.CustomerDocument, sale.CustomerName, sale.CustomerIsCompany, sale.ServiceCode, sale.TransactionCode, DatasetCommand.LoadAdvisor, sale.SaleDate };
    });
}
