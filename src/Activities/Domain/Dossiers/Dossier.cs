using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

public enum DossierStatus { Received, Verified, Returned, Complete, Classified, Archived, InTransfer, Transferred }

/// <summary>The paperwork of one sale or post-sale transaction (an "expediente"), identified by its Smartflex order number.</summary>
public sealed class Dossier : INewRowsWaitForBatch
{
    private string _customerName = "";
    private string _orderNumber = "";
    private string _customerDocument = "";

    public Guid Id { get; set; } = RandomIds.Next();

    public required string OrderNumber
    {
        get => _orderNumber;
        set
        {
            _orderNumber = value;
            OrderNumberReversed = SearchText.Reversed(value);
        }
    }

    /// <summary>The order number backwards, so its trailing digits ("000035") are an index prefix.</summary>
    public string OrderNumberReversed { get; private set; } = "";

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
    public required string CustomerDocument
    {
        get => _customerDocument;
        set
        {
            _customerDocument = value;
            CustomerDocumentNumber = SearchText.DocumentNumber(value);
        }
    }

    /// <summary>The CI/NIT without its extension ("4530562" for "4530562 CB"), as people type it to search.</summary>
    public string CustomerDocumentNumber { get; private set; } = "";

    public bool CustomerIsCompany { get; set; }
    public bool SignedByRepresentative { get; set; }
    public required string ServiceCode { get; set; }
    public required string TransactionCode { get; set; }
    public required string AdvisorCode { get; set; }

    /// <summary>
    /// The gestor(a)'s reason when this dossier's advisor is not the one Smartflex names (confirmed at registration) or
    /// was corrected afterwards; audited with the advisor it explains.
    /// </summary>
    public string? AdvisorReason { get; set; }
    public AdvisorChannel Channel { get; set; }
    public DateOnly SaleDate { get; set; }
    public DossierStatus Status { get; set; }
    public Guid? BatchId { get; set; }
    public string? SmartflexFindingsJson { get; set; }
    public int? RequirementSetVersion { get; set; }

    /// <summary>When the manager first reviewed its binder: the first-pass indicator counts the dossiers of a period by it.</summary>
    public DateTimeOffset? FirstReviewedAt { get; set; }
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
