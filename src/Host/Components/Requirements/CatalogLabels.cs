using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.WebUi;

namespace WorkflowArchive.Host.Components.Requirements;

/// <summary>
/// The catalog's codes as the division reads them: service, transaction and advisor names, "*" as "all", conditions in
/// words. Pages show these names, never the codes they are stored under.
/// </summary>
public sealed class CatalogLabels(IReadOnlyList<ServiceView> services, IReadOnlyList<TransactionView> transactions,
    IReadOnlyList<AdvisorView>? advisors = null)
{
    public static readonly CatalogLabels Empty = new([], []);

    public IReadOnlyList<ServiceView> Services => services;
    public IReadOnlyList<TransactionView> Transactions => transactions;

    /// <summary>Services, transactions and advisors read in one piece of page work.</summary>
    public static Task<CatalogLabels> LoadAsync(UiWork work) => work.RunAsync(async (provider, _) =>
    {
        var catalog = provider.GetRequiredService<CatalogQueries>();
        var people = provider.GetRequiredService<AdvisorQueries>();
        return new CatalogLabels(await catalog.ServicesAsync(), await catalog.TransactionsAsync(), await people.ListAsync());
    });

    public string Service(string code) => code == RequirementItem.Any
        ? "Todos los servicios"
        : services.FirstOrDefault(s => s.Code == code)?.Name ?? code;

    public string Transaction(string code) => code == RequirementItem.Any
        ? "Todas las transacciones"
        : transactions.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    /// <summary>The advisor's name; an advisor no longer registered keeps the code the paperwork carries.</summary>
    public string Advisor(string? code) => code is null
        ? "—"
        : advisors?.FirstOrDefault(a => a.Code == code)?.Name ?? code;

    public static string Condition(RequirementCondition condition) => condition switch
    {
        RequirementCondition.CompanyOnly => "Solo empresas",
        RequirementCondition.PersonOnly => "Solo personas",
        RequirementCondition.RepresentativeSigns => "Si firma un representante",
        _ => "Siempre",
    };
}
