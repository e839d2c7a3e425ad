using WorkflowArchive.Domain.Batches;

namespace WorkflowArchive.Host.Components.Pages;

/// <summary>What the manager types for a transaction Smartflex does not know (yet), so the binder can still be registered.</summary>
public sealed class ManualSale
{
    public string? CustomerName { get; set; }
    public string? CustomerDocument { get; set; }
    public bool CustomerIsCompany { get; set; }
    public string? ServiceCode { get; set; }
    public string? TransactionCode { get; set; }
    public DateTime? SaleDate { get; set; }

    public bool IsComplete => !string.IsNullOrWhiteSpace(CustomerName) && !string.IsNullOrWhiteSpace(CustomerDocument)
        && ServiceCode is not null && TransactionCode is not null && SaleDate is not null;

    public BatchEntry ToEntry(string orderNumber) => new(orderNumber, CustomerName?.Trim(), CustomerDocument?.Trim(), CustomerIsCompany,
        ServiceCode: ServiceCode, TransactionCode: TransactionCode, SaleDate: SaleDate is { } date ? DateOnly.FromDateTime(date) : null);
}
