using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Domain.Smartflex.Reconciliation;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Application;

public sealed record MissingDossierView(string OrderNumber, DateOnly SaleDate, string AdvisorCode, string CustomerName, string CustomerDocument,
    bool CustomerIsCompany, string ServiceCode, string TransactionCode)
{
    public static MissingDossierView From(SmartflexSale s) =>
        new(s.OrderNumber, s.SaleDate, s.AdvisorCode, s.CustomerName, s.CustomerDocument, s.CustomerIsCompany, s.ServiceCode, s.TransactionCode);
}

/// <summary>Sales in the period (optionally of one advisor), how many have no dossier, the count per advisor and one page of them.</summary>
public sealed record ReconciliationReport(DateOnly From, DateOnly To, string? Advisor, int SalesInPeriod, int WithoutDossier,
    IReadOnlyList<AdvisorGap> ByAdvisor, PagedList<MissingDossierView> Sales);

/// <summary>What a Smartflex import did, with each rejected line's problems said in the caller's language and their codes.</summary>
public sealed record SmartflexImportReport(int Imported, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportLineView> Errors, int ErrorsNotListed)
{
    public static SmartflexImportReport From(SmartflexImportResult result, ProblemTexts texts) =>
        new(result.Imported, result.Updated, result.Unchanged, result.Rejected,
            result.Errors.Select(e => new ImportLineView(e.Line, e.OrderNumber, string.Join("; ", e.Problems.Select(texts.Say)), e.Problems.Select(p => p.Code).ToList())).ToList(),
            result.ErrorsNotListed);
}

/// <summary>One rejected line: <see cref="Reason"/> for people, <see cref="Codes"/> (one per problem) for programs.</summary>
public sealed record ImportLineView(int Line, string? OrderNumber, string Reason, IReadOnlyList<string> Codes);
