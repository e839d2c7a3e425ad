namespace WorkflowArchive.Domain.Dossiers;

/// <summary>What is known of a transaction when its paperwork arrives: typed by the manager, or read from Smartflex.</summary>
public sealed record DossierData(
    string OrderNumber,
    string CustomerName,
    string CustomerDocument,
    bool CustomerIsCompany,
    bool SignedByRepresentative,
    string ServiceCode,
    string TransactionCode,
    string AdvisorCode,
    DateOnly SaleDate);
