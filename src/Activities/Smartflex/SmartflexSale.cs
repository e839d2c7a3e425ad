namespace WorkflowArchive.Activities.Smartflex;

/// <summary>A sale or post-sale transaction as the commercial system (Smartflex) recorded it.</summary>
public sealed class SmartflexSale
{
    public required string OrderNumber { get; set; }
    public required string CustomerDocument { get; set; }
    public required string CustomerName { get; set; }
    public required string ServiceType { get; set; }
    public required string TransactionType { get; set; }
    public required string Advisor { get; set; }
    public DateOnly SaleDate { get; set; }
}
