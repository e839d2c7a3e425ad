namespace WorkflowArchive.Activities.Dossiers;

public enum DossierStatus { Received, Verified, Returned, Complete, Classified, Archived, InTransfer, Transferred }

/// <summary>The paperwork of one sale or post-sale transaction (an "expediente"), identified by its Smartflex order number.</summary>
public sealed class Dossier
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string OrderNumber { get; set; }
    public required string CustomerName { get; set; }
    public required string CustomerDocument { get; set; }
    public bool CustomerIsCompany { get; set; }
    public required string ServiceType { get; set; }
    public required string TransactionType { get; set; }
    public required string Advisor { get; set; }
    public DateOnly SaleDate { get; set; }
    public DossierStatus Status { get; set; }
    public string? BatchReference { get; set; }
    public string? SmartflexFindingsJson { get; set; }
    public string? ChecklistJson { get; set; }
    public int ReturnCount { get; set; }
    public string? ClassificationCode { get; set; }
    public string? Location { get; set; }
    public string Custody { get; set; } = Custodies.DivisionArchive;
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public DateTimeOffset? RetentionDueAt { get; set; }
    public string? ManifestNumber { get; set; }
    public string? CondebambaReceipt { get; set; }
    public DateTimeOffset? TransferredAt { get; set; }
    public Guid? InstanceId { get; set; }
}

public static class Custodies
{
    public const string DivisionArchive = "Archivo de la División (2do piso Edif. Administrativo)";
    public const string Condebamba = "Archivo Condebamba";
}
