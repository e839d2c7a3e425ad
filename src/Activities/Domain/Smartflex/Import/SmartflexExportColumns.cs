namespace WorkflowArchive.Domain.Smartflex.Import;

/// <summary>The header row of a Smartflex sales export, in the order Smartflex writes it.</summary>
public static class SmartflexExportColumns
{
    public const string OrderNumber = "order_number";
    public const string CustomerDocument = "customer_document";
    public const string CustomerName = "customer_name";
    public const string CustomerIsCompany = "customer_is_company";
    public const string ServiceCode = "service_code";
    public const string TransactionCode = "transaction_code";
    public const string AdvisorCode = "advisor_code";
    public const string SaleDate = "sale_date";

    public static readonly IReadOnlyList<string> All =
        [OrderNumber, CustomerDocument, CustomerName, CustomerIsCompany, ServiceCode, TransactionCode, AdvisorCode, SaleDate];

    public static string HeaderLine => string.Join(",", All);
}
