namespace WorkflowArchive.Activities.Smartflex;

public sealed record SmartflexFinding(string Field, string? Dossier, string? Smartflex, bool Matches);

/// <summary>Step 5.1: what the paperwork says against what Smartflex recorded, field by field.</summary>
public static class SaleComparison
{
    public static IReadOnlyList<SmartflexFinding> Compare(Dossiers.Dossier dossier, SmartflexSale? sale)
    {
        if (sale is null) return [new SmartflexFinding("existe", dossier.OrderNumber, null, false)];
        return
        [
            Finding("existe", dossier.OrderNumber, sale.OrderNumber),
            Finding("documento del cliente", dossier.CustomerDocument, sale.CustomerDocument),
            Finding("servicio", dossier.ServiceType, sale.ServiceType),
            Finding("trámite", dossier.TransactionType, sale.TransactionType),
            Finding("asesor", dossier.Advisor, sale.Advisor),
            Finding("fecha", dossier.SaleDate.ToString("yyyy-MM-dd"), sale.SaleDate.ToString("yyyy-MM-dd")),
        ];
    }

    private static SmartflexFinding Finding(string field, string dossier, string smartflex) =>
        new(field, dossier, smartflex, string.Equals(dossier.Trim(), smartflex.Trim(), StringComparison.OrdinalIgnoreCase));
}
