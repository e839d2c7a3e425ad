using WorkflowArchive.Domain.Advisors;

namespace WorkflowArchive.Domain.Dossiers;

public enum DossierStatus { Received, Verified, Returned, Complete, Classified, Archived, InTransfer, Transferred }

/// <summary>The paperwork of one sale or post-sale transaction (an "expediente"), identified by its Smartflex order number.</summary>
public sealed class Dossier
{
    private string _customerName = "";

    public Guid Id { get; set; } = Guid.NewGuid();
    public required string OrderNumber { get; set; }

    public required string CustomerName
    {
        get => _customerName;
        set
        {
            _customerName = value;
            CustomerNameKey = SearchText.Key(value);
        }
    }

    /// <summary>The name folded for search: lower case, without accents, so "Peña" is found by "pena".</summary>
    public string CustomerNameKey { get; private set; } = "";

    /// <summary>CI for a person, NIT for a company.</summary>
    public required string CustomerDocument { get; set; }
    public bool CustomerIsCompany { get; set; }
    public bool SignedByRepresentative { get; set; }
    public required string ServiceCode { get; set; }
    public required string TransactionCode { get; set; }
    public required string AdvisorCode { get; set; }
    public AdvisorChannel Channel { get; set; }
    public DateOnly SaleDate { get; set; }
    public DossierStatus Status { get; set; }
    public Guid? BatchId { get; set; }
    public string? SmartflexFindingsJson { get; set; }
    public int? RequirementSetVersion { get; set; }
    public int ReturnCount { get; set; }
    public string? ClassificationCode { get; set; }
    public Guid? BoxId { get; set; }
    public int? Position { get; set; }

    /// <summary>Where it is now, as a person reads it: box path and position, or the Condebamba receipt.</summary>
    public string? Location { get; set; }
    public string Custody { get; set; } = Custodies.DivisionArchive;
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public string? RetentionPeriod { get; set; }
    public DateTimeOffset? RetentionDueAt { get; set; }
    public Guid? ManifestId { get; set; }
    public string? CondebambaReceipt { get; set; }
    public DateTimeOffset? TransferredAt { get; set; }
    public Guid? InstanceId { get; set; }

    /// <summary>Marked as lost (extraviado) after an inventory did not find it; cleared when it turns up again.</summary>
    public DateTimeOffset? MissingSince { get; set; }
    public string? MissingNote { get; set; }
}

public static class Custodies
{
    public const string DivisionArchive = "Archivo de la División (2do piso Edif. Administrativo)";
    public const string Condebamba = "Archivo Condebamba";
}
