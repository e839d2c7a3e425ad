namespace WorkflowArchive.Domain.Smartflex;

/// <summary>A sale or post-sale transaction as the commercial system (Smartflex) recorded it.</summary>
public sealed class SmartflexSale
{
    public required string OrderNumber { get; set; }
    public required string CustomerDocument { get; set; }
    public required string CustomerName { get; set; }
    public bool CustomerIsCompany { get; set; }
    public required string ServiceCode { get; set; }
    public required string TransactionCode { get; set; }
    public required string AdvisorCode { get; set; }
    public DateOnly SaleDate { get; set; }
}
