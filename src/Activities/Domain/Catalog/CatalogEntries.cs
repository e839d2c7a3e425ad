namespace WorkflowArchive.Domain.Catalog;

/// <summary>A service the cooperative sells (fixed telephony, internet, ...).</summary>
public sealed class ServiceType
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
}

/// <summary>A kind of transaction: the new sale, or a post-sale one (change of holder, relocation, ...).</summary>
public sealed class TransactionType
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool IsPostSale { get; set; }
    public bool Active { get; set; } = true;
}
