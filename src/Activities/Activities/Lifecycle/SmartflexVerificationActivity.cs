using System.Text.Json.Nodes;
using System.Text.Json;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 5.1: checks the dossier against the sale in Smartflex and records every finding; a mismatch means a return.</summary>
public sealed class SmartflexVerificationActivity(ISmartflexGateway smartflex) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("smartflex-verification", "Verificar en Smartflex",
        "Compara el expediente con la venta registrada en Smartflex (existencia, cliente, servicio, trámite, asesor, fecha).",
        [], ["smartflexOk", "smartflexMismatches"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var sale = await smartflex.FindSaleAsync(dossier.OrderNumber, cancellationToken);
        var findings = SaleComparison.Compare(dossier, sale);
        var mismatches = findings.Where(f => !f.Matches).Select(f => $"{f.Field}: expediente «{f.Dossier}», Smartflex «{f.Smartflex ?? "no existe"}»").ToList();

        dossier.SmartflexFindingsJson = JsonSerializer.Serialize(findings, WorkflowJson.Options);
        if (mismatches.Count == 0 && dossier.Status == DossierStatus.Received) dossier.Status = DossierStatus.Verified;
        var verdict = mismatches.Count == 0 ? "coincide con Smartflex" : $"no coincide con Smartflex: {string.Join("; ", mismatches)}";
        DossierAccess.Record(context, dossier, "Verificado en Smartflex", $"{verdict} (fuente: {smartflex.SourceName})");

        return ActivityResult.Done($"La venta {verdict}.", new JsonObject
        {
            ["smartflexOk"] = mismatches.Count == 0,
            ["smartflexMismatches"] = new JsonArray(mismatches.Select(m => (JsonNode)m!).ToArray()),
        });
    }
}
