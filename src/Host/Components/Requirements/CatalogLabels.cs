using WorkflowArchive.Activities.Catalog;

namespace WorkflowArchive.Host.Components.Requirements;

/// <summary>The catalog's codes as the division reads them: service and transaction names, "*" as "all", conditions in words.</summary>
public sealed class CatalogLabels(IReadOnlyList<ServiceType> services, IReadOnlyList<TransactionType> transactions)
{
    public static readonly CatalogLabels Empty = new([], []);

    public IReadOnlyList<ServiceType> Services => services;
    public IReadOnlyList<TransactionType> Transactions => transactions;

    public string Service(string code) => code == RequirementItem.Any
        ? "Todos los servicios"
        : services.FirstOrDefault(s => s.Code == code)?.Name ?? code;

    public string Transaction(string code) => code == RequirementItem.Any
        ? "Todas las transacciones"
        : transactions.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    public static string Condition(RequirementCondition condition) => condition switch
    {
        RequirementCondition.CompanyOnly => "Solo empresas",
        RequirementCondition.PersonOnly => "Solo personas",
        RequirementCondition.RepresentativeSigns => "Si firma un representante",
        _ => "Siempre",
    };
}
