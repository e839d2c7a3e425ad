using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Before the transfer: a legal hold on the dossier or its box keeps it in the division's archive until released.</summary>
public sealed class CheckLegalHoldActivity(LegalHolds holds) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("check-legal-hold", "Verificar retención legal",
        "Indica si una retención legal sobre el expediente o su caja suspende la remisión.", [], ["onHold"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var active = await holds.ActiveForAsync(dossier, cancellationToken);
        if (active.Count > 0)
            DossierAccess.Record(context, dossier, "Remisión suspendida", string.Join("; ", active.Select(h => $"{h.Reason} ({h.PlacedBy}, {h.PlacedAt:yyyy-MM-dd})")));
        return ActivityResult.Done(active.Count == 0 ? "Sin retención legal." : $"Retenido: {active[0].Reason}.",
            new JsonObject { ["onHold"] = active.Count > 0 });
    }
}
