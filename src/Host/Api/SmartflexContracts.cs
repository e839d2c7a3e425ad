using WorkflowArchive.Activities.Smartflex;
using WorkflowArchive.Activities.Smartflex.Reconciliation;

namespace WorkflowArchive.Host.Api;

public sealed record MissingDossierView(string OrderNumber, DateOnly SaleDate, string AdvisorCode, string CustomerName, string CustomerDocument,
    bool CustomerIsCompany, string ServiceCode, string TransactionCode)
{
    public static MissingDossierView From(SmartflexSale s) =>
        new(s.OrderNumber, s.SaleDate, s.AdvisorCode, s.CustomerName, s.CustomerDocument, s.CustomerIsCompany, s.ServiceCode, s.TransactionCode);
}

/// <summary>Sales in the period (optionally of one advisor), how many have no dossier, the count per advisor and one page of them.</summary>
public sealed record ReconciliationReport(DateOnly From, DateOnly To, string? Advisor, int SalesInPeriod, int WithoutDossier,
    IReadOnlyList<AdvisorGap> ByAdvisor, PagedList<MissingDossierView> Sales);
