using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Domain.Smartflex;

public sealed record SmartflexFinding(string Field, string? Dossier, string? Smartflex, bool Matches);

/// <summary>Step 5.1: what the paperwork says against what Smartflex recorded, field by field.</summary>
public static class SaleComparison
{
    public static IReadOnlyList<SmartflexFinding> Compare(Dossier dossier, SmartflexSale? sale)
    {
        if (sale is null) return [new SmartflexFinding("existe", dossier.OrderNumber, null, false)];
        return
        [
            new SmartflexFinding("existe", dossier.OrderNumber, sale.OrderNumber, true),
            Finding("documento del cliente", dossier.CustomerDocument, sale.CustomerDocument),
            Finding("servicio", dossier.ServiceCode, sale.ServiceCode),
            Finding("trámite", dossier.TransactionCode, sale.TransactionCode),
            Finding("asesor", dossier.AdvisorCode, sale.AdvisorCode),
            Finding("fecha", dossier.SaleDate.ToString("yyyy-MM-dd"), sale.SaleDate.ToString("yyyy-MM-dd")),
        ];
    }

    private static SmartflexFinding Finding(string field, string dossier, string smartflex) =>
        new(field, dossier, smartflex, string.Equals(dossier.Trim(), smartflex.Trim(), StringComparison.OrdinalIgnoreCase));
}
